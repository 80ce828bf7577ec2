package ru.parta.backup;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import ru.parta.base.PartaException;
import ru.parta.base.Disks;

/**
 * Checks a backup as written on disk, not as it was meant to be: every file's hash against
 * {@code SHA256SUMS}, the database copy opened by H2 on its own (which checks its pages), its
 * schema and the rows of every table against the manifest, and every file a visible file record
 * names present. The outcome is kept beside the backup.
 */
@Singleton
class BackupVerifier {

    private final Clock clock;

    BackupVerifier(Clock clock) {
        this.clock = clock;
    }

    Verification verify(Path folder, ProgressMeter progress) {
        Verification outcome;
        Path scratch = folder.resolveSibling(".scratch-verify-" + folder.getFileName());
        try {
            BackupFolder.deleteQuietly(scratch);
            Files.createDirectories(scratch);
            outcome = check(folder, scratch, progress);
        } catch (PartaException problem) {
            outcome = Verification.failed(clock.instant(), problem.messageKey(), arguments(problem));
        } catch (IOException e) {
            outcome = Verification.failed(clock.instant(), Disks.isFull(e) ? "backup.diskFull" : "backup.unreadable",
                    List.of(String.valueOf(e.getMessage())));
        } finally {
            BackupFolder.deleteQuietly(scratch);
        }
        try {
            outcome.write(folder);
        } catch (IOException e) {
            // The outcome is still returned and audited; only its note beside the backup is missing.
        }
        return outcome;
    }

    private Verification check(Path folder, Path scratch, ProgressMeter progress) throws IOException {
        BackupManifest manifest = BackupManifest.read(folder);
        Map<String, String> sums = Sha256Sums.read(folder);
        Path database = folder.resolve(BackupFolder.DATABASE_ZIP);
        if (!Files.isRegularFile(database) || !Sha256Sums.hash(database).equals(sums.get(BackupFolder.DATABASE_ZIP))) {
            throw PartaException.invalid("backup.databaseDamaged");
        }
        try (DatabaseCopy copy = DatabaseCopy.open(database, scratch)) {
            if (copy.schemaVersion() != manifest.schemaVersion()) {
                throw PartaException.invalid("backup.schemaMismatch", manifest.schemaVersion(), copy.schemaVersion());
            }
            SortedMap<String, Long> rows = copy.countRows();
            if (!rows.equals(manifest.rows())) {
                throw PartaException.invalid("backup.rowsMismatch", firstDifference(manifest.rows(), rows));
            }
            Set<String> listed = sums.keySet();
            for (DatabaseCopy.BlobEntry blob : copy.blobs()) {
                if (blob.inUse() && !listed.contains(Sha256Sums.blobPath(blob.sha256()))) {
                    throw PartaException.invalid("backup.fileMissing", blob.sha256());
                }
            }
        }
        long files = sums.size() - 1;
        if (files != manifest.files()) {
            throw PartaException.invalid("backup.filesMismatch", manifest.files(), files);
        }
        progress.step(BackupProgress.Step.VERIFYING, files);
        long done = 0;
        for (Map.Entry<String, String> entry : sums.entrySet()) {
            if (entry.getKey().equals(BackupFolder.DATABASE_ZIP)) {
                continue;
            }
            Path file = folder.resolve(entry.getKey());
            if (!Files.isRegularFile(file) || !Sha256Sums.hash(file).equals(entry.getValue())) {
                throw PartaException.invalid("backup.fileDamaged", entry.getKey());
            }
            progress.advance(++done);
        }
        return Verification.passed(clock.instant(), manifest.totalRows(), files);
    }

    private static String firstDifference(SortedMap<String, Long> expected, SortedMap<String, Long> found) {
        for (Map.Entry<String, Long> table : expected.entrySet()) {
            if (!table.getValue().equals(found.get(table.getKey()))) {
                return table.getKey();
            }
        }
        return found.keySet().stream().filter(table -> !expected.containsKey(table)).findFirst().orElse("?");
    }

    private static List<String> arguments(PartaException problem) {
        return java.util.Arrays.stream(problem.arguments()).map(String::valueOf).toList();
    }
}
