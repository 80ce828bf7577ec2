package ru.parta.backup;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The progress of the one backup that may run at a time; readers see the latest step and count. */
final class ProgressMeter {

    private final AtomicReference<BackupProgress> current = new AtomicReference<>();
    private Instant startedAt;

    void start(Instant at) {
        startedAt = at;
        current.set(new BackupProgress(BackupProgress.Step.DATABASE, 0, 0, at));
    }

    void step(BackupProgress.Step step, long total) {
        current.set(new BackupProgress(step, 0, total, startedAt));
    }

    void advance(long done) {
        BackupProgress now = current.get();
        if (now != null) {
            current.set(new BackupProgress(now.step(), done, now.total(), now.startedAt()));
        }
    }

    void finish() {
        current.set(null);
    }

    /** Null when no backup runs. */
    BackupProgress read() {
        return current.get();
    }
}
