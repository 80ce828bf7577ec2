package ru.parta.console;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.backup.BackupEntry;
import ru.parta.backup.BackupService;
import ru.parta.backup.Verification;

/** {@code backup now | list | verify <name>}. */
@Singleton
class BackupCommand implements ConsoleCommand {

    private final BackupService backups;
    private final ConsoleTimes times;

    BackupCommand(BackupService backups, ConsoleTimes times) {
        this.backups = backups;
        this.times = times;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public List<String> subcommands() {
        return List.of("now", "list", "verify");
    }

    @Override
    public int run(Invocation in) {
        return switch (in.word(0)) {
            case "now" -> now(in);
            case "list" -> list(in);
            case "verify" -> verify(in, in.word(1));
            default -> throw new Invocation.UsageException();
        };
    }

    private int now(Invocation in) {
        in.say("console.backup.started");
        Thread reporter = Thread.ofVirtual().start(() -> report(in));
        try {
            BackupEntry made = backups.makeBackup(in.actor());
            in.say("console.backup.made", made.name(), made.manifest().totalRows(), made.manifest().files(),
                    ConsoleTimes.megabytes(made.bytes()));
            return ConsoleCommands.OK;
        } finally {
            reporter.interrupt();
        }
    }

    /** Progress every few seconds, so a long backup does not look hung. */
    private void report(Invocation in) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(3000);
                backups.findProgress().ifPresent(progress -> in.say("console.backup.progress",
                        in.text("backup.step." + progress.step().name()), progress.done(), progress.total()));
            }
        } catch (InterruptedException e) {
            // The backup ended.
        }
    }

    private int list(Invocation in) {
        List<BackupEntry> all = backups.readBackups(in.actor());
        if (all.isEmpty()) {
            in.say("console.backup.none");
            return ConsoleCommands.OK;
        }
        for (BackupEntry entry : all) {
            String state = entry.verification() == null ? in.text("console.backup.unchecked")
                    : entry.verified() ? in.text("console.backup.verifiedAt", times.format(entry.verification().at()))
                    : in.text("console.backup.damaged", in.text(entry.verification().problemKey(),
                            entry.verification().problemArguments().toArray()));
            in.line(String.format("%s  %s  %8s MB  %s", entry.name(), times.format(entry.createdAt()),
                    ConsoleTimes.megabytes(entry.bytes()), state));
        }
        return ConsoleCommands.OK;
    }

    private int verify(Invocation in, String name) {
        Verification outcome = backups.verifyBackup(in.actor(), name);
        if (outcome.passed()) {
            in.say("console.backup.verifyPassed", name, outcome.rows(), outcome.files());
            return ConsoleCommands.OK;
        }
        in.say("console.backup.verifyFailed", name, in.text(outcome.problemKey(), outcome.problemArguments().toArray()));
        return ConsoleCommands.FAILED;
    }
}
