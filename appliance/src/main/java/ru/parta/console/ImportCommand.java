package ru.parta.console;

import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.i18n.Phrase;
import ru.parta.people.PlannedLine;
import ru.parta.people.RosterImportService;
import ru.parta.people.RosterKind;
import ru.parta.people.RosterPreview;

/**
 * {@code import preview|apply students|parents|staff <file>}: a roster file put into
 * {@code /imports} by SFTP, checked line by line as on the import page, then applied whole or not at all.
 */
@Singleton
class ImportCommand implements ConsoleCommand {

    /** The largest roster file, as on the import page. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final RosterImportService rosters;
    private final Exchange exchange;
    private final Permissions permissions;

    ImportCommand(RosterImportService rosters, Exchange exchange, Permissions permissions) {
        this.rosters = rosters;
        this.exchange = exchange;
        this.permissions = permissions;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<String> subcommands() {
        return List.of("preview", "apply");
    }

    @Override
    public int run(Invocation in) throws Exception {
        permissions.requireAnyRole(in.actor(), Role.ADMIN);
        String mode = in.word(0);
        RosterKind kind = kind(in.word(1));
        Path file = exchange.importFile(in.word(2));
        if (Files.size(file) > MAX_BYTES) {
            throw ru.parta.base.PartaException.limit("console.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        byte[] content = Files.readAllBytes(file);
        return switch (mode) {
            case "preview" -> preview(in, rosters.previewRoster(kind, content));
            case "apply" -> apply(in, kind, content);
            default -> throw new Invocation.UsageException();
        };
    }

    private int preview(Invocation in, RosterPreview preview) {
        for (PlannedLine line : preview.lines()) {
            StringBuilder text = new StringBuilder(String.format("%5d  %-12s %s", line.line(),
                    in.text(line.action().messageKey()), line.name()));
            for (Phrase change : line.changes()) {
                text.append("\n         ").append(in.text(change.key(), change.argArray()));
            }
            for (Phrase problem : line.problems()) {
                text.append("\n         ! ").append(in.text(problem.key(), problem.argArray()));
            }
            in.line(text.toString());
        }
        in.say("console.import.counts", preview.count(PlannedLine.Action.NEW), preview.count(PlannedLine.Action.UPDATE),
                preview.count(PlannedLine.Action.UNCHANGED), preview.count(PlannedLine.Action.PROBLEM));
        return preview.hasProblems() ? ConsoleCommands.FAILED : ConsoleCommands.OK;
    }

    private int apply(Invocation in, RosterKind kind, byte[] content) {
        RosterPreview preview = rosters.previewRoster(kind, content);
        if (preview.hasProblems()) {
            return preview(in, preview);
        }
        if (!in.confirmed("console.import.confirm", preview.count(PlannedLine.Action.NEW),
                preview.count(PlannedLine.Action.UPDATE))) {
            in.say("console.cancelled");
            return ConsoleCommands.FAILED;
        }
        RosterPreview done = rosters.importRoster(kind, content, in.actor(), (linesDone, total) -> {
            if (linesDone == total || linesDone % 500 == 0) {
                in.say("console.import.progress", linesDone, total);
            }
        });
        in.say("console.import.applied", done.count(PlannedLine.Action.NEW), done.count(PlannedLine.Action.UPDATE));
        return ConsoleCommands.OK;
    }

    private static RosterKind kind(String word) {
        try {
            return RosterKind.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invocation.UsageException();
        }
    }
}
