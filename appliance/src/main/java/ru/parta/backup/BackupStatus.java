package ru.parta.backup;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What administrators are told about backups: the newest verified one, the last attempt, a
 * running backup's progress, and the warning to show when something is wrong.
 *
 * @param warning null when all is well; else why administrators should act
 * @param nextScheduled when the nightly backup runs next, null when it is switched off
 * @param extraDirectory where copies go (empty: nowhere); {@code extraPresent}: whether it is there now
 * @param lastRestore the last restore on this server, null when there was none
 */
public record BackupStatus(@Nullable BackupEntry newestVerified, @Nullable LastAttempt lastAttempt,
                           @Nullable BackupProgress running, @Nullable Warning warning, @Nullable Instant nextScheduled,
                           String directory, String extraDirectory, boolean extraPresent, int backups,
                           @Nullable RestoreResult lastRestore) {

    /** What is wrong: a message key (with its arguments) in the core bundle. */
    public enum Warning {
        /** No backup was ever verified. */
        NONE_YET("backup.warning.noneYet"),
        /** The last attempt failed. */
        LAST_FAILED("backup.warning.lastFailed"),
        /** The newest verified backup is older than the warning threshold. */
        TOO_OLD("backup.warning.tooOld"),
        /** The extra directory is configured but not there (the USB disk is not plugged in). */
        EXTRA_MISSING("backup.warning.extraMissing");

        private final String messageKey;

        Warning(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
