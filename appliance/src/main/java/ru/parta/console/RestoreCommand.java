package ru.parta.console;

import jakarta.inject.Singleton;
import ru.parta.backup.RestoreService;

/**
 * {@code restore <name> [--yes]}: after the backup passes its check and the person confirms, Parta
 * stops, puts the backup in place and starts again; this connection ends with it.
 */
@Singleton
class RestoreCommand implements ConsoleCommand {

    private final RestoreService restores;

    RestoreCommand(RestoreService restores) {
        this.restores = restores;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public int run(Invocation in) {
        String name = in.word(0);
        if (!in.confirmed("console.restore.confirm", name)) {
            in.say("console.restore.cancelled");
            return ConsoleCommands.FAILED;
        }
        in.say("console.restore.checking", name);
        restores.restoreBackup(in.actor(), name);
        in.say("console.restore.started", name);
        return ConsoleCommands.OK;
    }
}
