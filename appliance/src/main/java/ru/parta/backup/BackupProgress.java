package ru.parta.backup;

import java.time.Instant;

/**
 * How far a running backup has come, for the screen and the console: the step, and within it the
 * files done of all (zero of zero for the database steps).
 */
public record BackupProgress(Step step, long done, long total, Instant startedAt) {

    public enum Step { DATABASE, FILES, VERIFYING, EXTRA_COPY }

    /** Whole percent of the current step, 0 when the step has no count. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
