package ru.parta.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.PartaException;
import ru.parta.base.Restarts;
import ru.parta.base.Disks;

/**
 * Puts a backup in place while Parta is stopped. Everything is first built beside the live data
 * ({@code .restoring/}: the database taken out of its zip, the files linked or copied); only then
 * are the live database and file store moved aside to {@code before-restore/} and the restored
 * ones moved in, by renames on the same disk. A failure before the renames leaves the live data
 * untouched; one during them is undone at once, or at the next start from the marker file.
 */
final class RestoreStep implements Restarts.BetweenStarts {

    static final String DATABASE_FILE = DatabaseCopy.DATABASE_FILE;
    static final String STAGING = ".restoring";
    static final String ASIDE = "before-restore";
    static final String MARKER = "restore-swap.marker";
    private static final Logger LOG = LoggerFactory.getLogger(RestoreStep.class);

    private final Path dataDir;
    private final Path databaseFile;
    private final Path backup;
    private final long actorId;
    private final Clock clock;

    /** {@code databaseFile}: the live {@code .mv.db} file, wherever the settings put it. */
    RestoreStep(Path dataDir, Path databaseFile, Path backup, long actorId, Clock clock) {
        this.dataDir = dataDir;
        this.databaseFile = databaseFile;
        this.backup = backup;
        this.actorId = actorId;
        this.clock = clock;
    }

    @Override
    public void run() {
        String name = backup.getFileName().toString();
        Path staging = dataDir.resolve(STAGING);
        try {
            BackupFolder.deleteQuietly(staging);
            Files.createDirectories(staging);
            DatabaseCopy.extract(backup.resolve(BackupFolder.DATABASE_ZIP), staging);
            for (Map.Entry<String, String> entry : Sha256Sums.read(backup).entrySet()) {
                if (entry.getKey().startsWith("files/")) {
                    Path source = backup.resolve(entry.getKey());
                    Path target = staging.resolve(entry.getKey());
                    Files.createDirectories(target.getParent());
                    try {
                        Files.createLink(target, source);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, target);
                    }
                }
            }
            Files.createDirectories(staging.resolve("files"));
            swap(staging);
            RestoreResult.write(dataDir, new RestoreResult(clock.instant(), name, actorId, true, null));
            LOG.info("Backup {} is in place; the data as it was is kept in {}", name, dataDir.resolve(ASIDE));
        } catch (IOException | RuntimeException e) {
            LOG.error("Restoring backup {} failed; the data stays as it was", name, e);
            String key = e instanceof PartaException problem ? problem.messageKey()
                    : Disks.isFull(e) ? "backup.diskFull" : "backup.restoreFailed";
            try {
                RestoreResult.write(dataDir, new RestoreResult(clock.instant(), name, actorId, false, key));
            } catch (IOException unwritten) {
                LOG.error("The outcome of the restore could not be noted", unwritten);
            }
        } finally {
            BackupFolder.deleteQuietly(staging);
        }
    }

    private void swap(Path staging) throws IOException {
        Path aside = dataDir.resolve(ASIDE);
        BackupFolder.deleteQuietly(aside);
        Files.createDirectories(aside);
        Path marker = dataDir.resolve(MARKER);
        Files.writeString(marker, backup.getFileName().toString());
        try {
            moveIfThere(databaseFile, aside.resolve(DATABASE_FILE));
            moveIfThere(dataDir.resolve("files"), aside.resolve("files"));
            Files.move(staging.resolve(DATABASE_FILE), databaseFile, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging.resolve("files"), dataDir.resolve("files"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            undoSwap(dataDir, databaseFile);
            throw e;
        }
        Files.delete(marker);
    }

    /**
     * Called before the database opens: a swap cut short (power lost between two renames) is
     * undone, so Parta starts on the data it had before the restore began.
     */
    static void recoverInterrupted(Path dataDir, Path databaseFile) {
        if (Files.exists(dataDir.resolve(MARKER))) {
            LOG.warn("A restore was cut short; the data as it was before it is put back");
            try {
                undoSwap(dataDir, databaseFile);
                Files.deleteIfExists(dataDir.resolve(MARKER));
            } catch (IOException e) {
                throw new IllegalStateException("An interrupted restore could not be undone; see " + dataDir.resolve(ASIDE), e);
            }
        }
        BackupFolder.deleteQuietly(dataDir.resolve(STAGING));
    }

    private static void undoSwap(Path dataDir, Path databaseFile) throws IOException {
        Path aside = dataDir.resolve(ASIDE);
        putBack(aside.resolve(DATABASE_FILE), databaseFile);
        putBack(aside.resolve("files"), dataDir.resolve("files"));
    }

    private static void putBack(Path kept, Path live) throws IOException {
        if (Files.exists(kept)) {
            BackupFolder.deleteQuietly(live);
            Files.move(kept, live, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void moveIfThere(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
