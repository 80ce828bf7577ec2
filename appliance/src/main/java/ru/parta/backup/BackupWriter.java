package ru.parta.backup;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.parta.base.BuildInfo;
import ru.parta.base.PartaException;
import ru.parta.files.BlobStore;
import ru.parta.base.Disks;

/**
 * Writes one backup while the school keeps working. The store is held from removals first, then
 * H2 copies the database online ({@code BACKUP TO}: a consistent MVCC snapshot, nobody waits), so
 * every file the snapshot names is still on disk when copied. A file that an earlier backup already
 * holds is hard-linked to it (blobs never change, so the link is the same bytes at no cost); the rest
 * are copied. Everything lands in a hidden {@code .partial-} folder that is renamed only when
 * complete: a crash or a full disk leaves no half backup that looks whole.
 */
@Singleton
class BackupWriter {

    private final DataSource dataSource;
    private final BlobStore blobs;
    private final BuildInfo buildInfo;
    private final Clock clock;

    BackupWriter(DataSource dataSource, BlobStore blobs, BuildInfo buildInfo, Clock clock) {
        // The pool itself: a backup or a restore check holds its own connection, outside any transaction.
        this.dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
        this.blobs = blobs;
        this.buildInfo = buildInfo;
        this.clock = clock;
    }

    /** Writes a complete backup into {@code directory} and returns its folder (not yet verified). */
    Path write(Path directory, long reserveBytes, ProgressMeter progress) {
        Instant createdAt = clock.instant();
        String name = BackupNames.nameFor(createdAt);
        Path partial = directory.resolve(".partial-" + name);
        Path scratch = directory.resolve(".scratch-" + name);
        try (BlobStore.Hold hold = blobs.holdDeletions()) {
            Files.createDirectories(partial);
            Files.createDirectories(scratch);
            requireSpace(directory, databaseBytes() + reserveBytes);
            Path database = partial.resolve(BackupFolder.DATABASE_ZIP);
            snapshot(database);
            force(database);
            Map<String, String> sums = new LinkedHashMap<>();
            sums.put(BackupFolder.DATABASE_ZIP, Sha256Sums.hash(database));
            BackupManifest manifest;
            try (DatabaseCopy copy = DatabaseCopy.open(database, scratch)) {
                List<DatabaseCopy.BlobEntry> named = copy.blobs();
                Path previous = BackupFolder.newestComplete(directory);
                long[] carried = copyFiles(named, partial, previous, directory, reserveBytes, sums, progress);
                manifest = new BackupManifest(BackupManifest.FORMAT, createdAt, buildInfo.version(), copy.schemaVersion(),
                        copy.countRows(), carried[0], carried[1]);
            }
            Sha256Sums.write(partial, sums);
            manifest.write(partial);
            force(partial.resolve(Sha256Sums.FILE_NAME));
            force(partial.resolve(BackupManifest.FILE_NAME));
            Path done = directory.resolve(name);
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
            return done;
        } catch (IOException e) {
            throw PartaException.invalid(Disks.isFull(e) ? "backup.diskFull" : "backup.writeFailed", e.getMessage());
        } finally {
            BackupFolder.deleteQuietly(scratch);
            BackupFolder.deleteQuietly(partial);
        }
    }

    private void snapshot(Path target) throws IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            if (Disks.isFull(e)) {
                throw PartaException.invalid("backup.diskFull");
            }
            throw new IOException("The database could not be copied: " + e.getMessage(), e);
        }
    }

    private long databaseBytes() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'info.FILE_SIZE'")) {
            return result.next() ? Long.parseLong(result.getString(1)) : 0;
        } catch (SQLException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Copies or links each named blob; returns the count and bytes carried. A blob a visible file
     * uses must be there; one only deleted files used may already be gone, and is left out.
     */
    private long[] copyFiles(List<DatabaseCopy.BlobEntry> named, Path partial, Path previous, Path directory,
                             long reserveBytes, Map<String, String> sums, ProgressMeter progress) throws IOException {
        progress.step(BackupProgress.Step.FILES, named.size());
        long count = 0;
        long bytes = 0;
        long done = 0;
        for (DatabaseCopy.BlobEntry blob : named) {
            Path source = blobs.pathOf(blob.sha256());
            String relative = Sha256Sums.blobPath(blob.sha256());
            if (!Files.isRegularFile(source)) {
                if (blob.inUse()) {
                    throw PartaException.invalid("backup.fileMissing", blob.sha256());
                }
            } else {
                Path target = partial.resolve(relative);
                Files.createDirectories(target.getParent());
                if (!BackupFolder.linkToEarlier(previous, relative, source, target)) {
                    requireSpace(directory, Files.size(source) + reserveBytes);
                    Files.copy(source, target);
                }
                sums.put(relative, blob.sha256());
                count++;
                bytes += Files.size(target);
            }
            progress.advance(++done);
        }
        return new long[] {count, bytes};
    }

    private static void requireSpace(Path directory, long bytes) {
        long usable = Disks.usableBytes(directory);
        if (usable < bytes) {
            throw PartaException.invalid("backup.noSpace", mebibytes(bytes), mebibytes(usable));
        }
    }

    private static long mebibytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
