package ru.parta.console;

import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.i18n.Messages;

/**
 * Runs one command line for a console session, the same way for the interactive shell and for
 * {@code ssh host command}: it is audited (with the key's fingerprint) before it runs, and a
 * refusal or failure becomes a translated message and exit code 1, never a stack trace.
 */
@Singleton
class ConsoleCommands {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleCommands.class);

    private final Map<String, ConsoleCommand> byName = new TreeMap<>();
    private final AuditLog auditLog;

    ConsoleCommands(List<ConsoleCommand> commands, AuditLog auditLog) {
        commands.forEach(command -> byName.put(command.name(), command));
        this.auditLog = auditLog;
    }

    List<ConsoleCommand> all() {
        return byName.values().stream().sorted(Comparator.comparing(ConsoleCommand::name)).toList();
    }

    Optional<ConsoleCommand> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    int run(List<String> line, ConsoleIdentity who, Locale locale, PrintWriter out, PrintWriter err,
            Invocation.Confirmation confirmation) {
        if (line.isEmpty()) {
            return OK;
        }
        String name = line.getFirst();
        Optional<ConsoleCommand> command = find(name);
        if (command.isEmpty()) {
            err.println(Messages.core().translate("console.unknownCommand", locale, name));
            err.flush();
            return USAGE;
        }
        String typed = String.join(" ", line);
        auditLog.recordEvent("console.command", who.accountId(),
                abbreviate(typed, 220) + " [" + who.fingerprint() + "]", who.address());
        Invocation invocation = new Invocation(who, locale, line.subList(1, line.size()), out, confirmation);
        try {
            return command.get().run(invocation);
        } catch (Invocation.UsageException e) {
            err.println(Messages.core().translate("console.usage", locale,
                    Messages.core().translate("console." + command.get().name() + ".usage", locale)));
            err.flush();
            return USAGE;
        } catch (PartaException refused) {
            err.println(Messages.core().translate(refused.messageKey(), locale, refused.arguments()));
            err.flush();
            return FAILED;
        } catch (Exception e) {
            LOG.error("Console command \"{}\" failed", abbreviate(typed, 200), e);
            err.println(Messages.core().translate("console.failed", locale, String.valueOf(e.getMessage())));
            err.flush();
            return FAILED;
        } finally {
            out.flush();
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
