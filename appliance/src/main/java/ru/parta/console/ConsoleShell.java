package ru.parta.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.AggregateCompleter;
import org.jline.reader.impl.completer.ArgumentCompleter;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.i18n.Messages;

/**
 * The interactive console: line editing, history and Tab completion of commands and their words
 * (JLine over the SSH channel), Ctrl-C to stop a running command, confirmation questions, and
 * {@code lang ru|en} to switch languages. {@code exit} or Ctrl-D ends it.
 */
final class ConsoleShell implements Command {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleShell.class);

    private final ConsoleCommands commands;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private Thread worker;
    private volatile Thread running;

    ConsoleShell(ConsoleCommands commands) {
        this.commands = commands;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // A terminal has one screen: errors are written to it too.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment environment) throws IOException {
        ConsoleIdentity who = channel.getSession().getAttribute(KeyAuthenticator.IDENTITY);
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out)
                .type(environment.getEnv().getOrDefault(Environment.ENV_TERM, "xterm"))
                .encoding(StandardCharsets.UTF_8).size(size(environment)).build();
        environment.addSignalListener((ch, signal) -> terminal.setSize(size(environment)), Signal.WINCH);
        terminal.handle(Terminal.Signal.INT, signal -> {
            Thread command = running;
            if (command != null) {
                command.interrupt();
            }
        });
        Locale[] locale = {Words.locale(List.of(), environment.getEnv())};
        worker = Thread.ofVirtual().name("console-shell").start(() -> {
            int code = 0;
            try {
                code = loop(terminal, who, locale);
            } catch (RuntimeException e) {
                LOG.warn("A console session ended with an error", e);
            } finally {
                try {
                    terminal.close();
                } catch (IOException e) {
                    // The channel is closing anyway.
                }
                exit.onExit(code);
            }
        });
    }

    private int loop(Terminal terminal, ConsoleIdentity who, Locale[] locale) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).completer(completer()).build();
        PrintWriter screen = terminal.writer();
        screen.println(Messages.core().translate("console.welcome", locale[0], who.login()));
        screen.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine("parta> ");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            List<String> words = Words.split(line);
            if (words.isEmpty()) {
                continue;
            }
            String first = words.getFirst().toLowerCase(Locale.ROOT);
            if (first.equals("exit") || first.equals("quit")) {
                return 0;
            }
            if (first.equals("lang") && words.size() == 2) {
                locale[0] = words.get(1).toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.RUSSIAN;
                continue;
            }
            running = Thread.currentThread();
            try {
                commands.run(words, who, locale[0], screen, screen, question -> {
                    String answer = reader.readLine(question + " [y/N] ").strip().toLowerCase(Locale.ROOT);
                    return answer.startsWith("y") || answer.startsWith("д");
                });
            } finally {
                running = null;
                Thread.interrupted();
            }
        }
    }

    private AggregateCompleter completer() {
        List<org.jline.reader.Completer> each = new ArrayList<>();
        for (ConsoleCommand command : commands.all()) {
            each.add(new ArgumentCompleter(new StringsCompleter(command.name()),
                    command.subcommands().isEmpty() ? NullCompleter.INSTANCE : new StringsCompleter(command.subcommands()),
                    NullCompleter.INSTANCE));
        }
        each.add(new ArgumentCompleter(new StringsCompleter("exit", "lang"), new StringsCompleter("ru", "en"),
                NullCompleter.INSTANCE));
        return new AggregateCompleter(each);
    }

    private static Size size(Environment environment) {
        return new Size(number(environment, Environment.ENV_COLUMNS, 80), number(environment, Environment.ENV_LINES, 24));
    }

    private static int number(Environment environment, String name, int fallback) {
        try {
            return Integer.parseInt(environment.getEnv().getOrDefault(name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (worker != null) {
            worker.interrupt();
        }
        Thread command = running;
        if (command != null) {
            command.interrupt();
        }
    }
}
