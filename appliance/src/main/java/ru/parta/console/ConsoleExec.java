package ru.parta.console;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * {@code ssh -p 2222 admin@school status}: one command, plain text out, its exit code back to the
 * client, fit for scripts. No terminal, so anything that needs confirming needs {@code --yes}.
 */
final class ConsoleExec implements Command {

    private final ConsoleCommands commands;
    private final String line;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Thread worker;

    ConsoleExec(ConsoleCommands commands, String line) {
        this.commands = commands;
        this.line = line;
    }

    @Override
    public void setInputStream(InputStream in) {
        // One-off commands read nothing.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment environment) {
        ConsoleIdentity who = channel.getSession().getAttribute(KeyAuthenticator.IDENTITY);
        List<String> words = Words.split(line);
        Locale locale = Words.locale(words, environment.getEnv());
        worker = Thread.ofVirtual().name("console-exec").start(() -> {
            PrintWriter output = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
            PrintWriter errors = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
            int code = who == null ? ConsoleCommands.FAILED
                    : commands.run(Words.withoutLanguage(words), who, locale, output, errors, null);
            output.flush();
            errors.flush();
            exit.onExit(code);
        });
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (worker != null) {
            worker.interrupt();
        }
    }
}
