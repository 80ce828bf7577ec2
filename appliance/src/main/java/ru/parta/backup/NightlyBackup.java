package ru.parta.backup;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;

/**
 * Starts the nightly backup once its time has come and none was tried since, so a server that
 * was off at 02:00 makes it when it comes back rather than skipping a night.
 */
@Singleton
class NightlyBackup {

    private final BackupService backups;

    NightlyBackup(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "2m")
    void runWhenDue() {
        if (backups.isNightlyDue()) {
            try {
                backups.makeBackup(Actor.SYSTEM);
            } catch (PartaException failure) {
                // Already logged, remembered for the warning and audited by the service.
            }
        }
    }
}
