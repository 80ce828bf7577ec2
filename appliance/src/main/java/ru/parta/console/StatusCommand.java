package ru.parta.console;

import jakarta.inject.Singleton;
import java.time.Duration;
import ru.parta.backup.BackupService;
import ru.parta.backup.BackupStatus;
import ru.parta.base.web.Health;
import ru.parta.base.web.HealthCheck;
import ru.parta.files.FileService;
import ru.parta.live.LiveHub;

/**
 * {@code status}: version, uptime, people online, database and file store sizes, the newest backup
 * and its check, and any backup warning; plain lines of "name: value", fit for scripts.
 */
@Singleton
class StatusCommand implements ConsoleCommand {

    private final HealthCheck health;
    private final LiveHub live;
    private final FileService files;
    private final BackupService backups;
    private final ConsoleTimes times;

    StatusCommand(HealthCheck health, LiveHub live, FileService files, BackupService backups, ConsoleTimes times) {
        this.health = health;
        this.live = live;
        this.files = files;
        this.backups = backups;
        this.times = times;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public int run(Invocation in) {
        Health now = health.check();
        BackupStatus backup = backups.readBackupStatus(in.actor());
        Duration uptime = Duration.ofSeconds(now.uptimeSeconds());
        in.say("console.status.version", now.version());
        in.say("console.status.uptime", uptime.toDays(), uptime.toHoursPart(), uptime.toMinutesPart());
        in.say("console.status.database", in.text(now.databaseReachable() ? "console.status.up" : "console.status.down"),
                ConsoleTimes.megabytes(health.databaseBytes()));
        FileService.StoreUsage store = files.countStoreUsage();
        in.say("console.status.files", store.files(), ConsoleTimes.megabytes(store.bytes()));
        in.say("console.status.online", live.countPeopleOnline());
        if (backup.newestVerified() == null) {
            in.say("console.status.backupNone");
        } else {
            in.say("console.status.backup", backup.newestVerified().name(), times.format(backup.newestVerified().createdAt()),
                    times.format(backup.newestVerified().verification().at()));
        }
        in.say("console.status.nextBackup", backup.nextScheduled() == null ? in.text("console.status.off")
                : times.format(backup.nextScheduled()));
        if (backup.warning() != null) {
            in.say("console.status.warning", in.text(backup.warning().messageKey()));
        }
        return ConsoleCommands.OK;
    }
}
