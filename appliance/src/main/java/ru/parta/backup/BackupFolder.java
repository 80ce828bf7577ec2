package ru.parta.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import ru.parta.base.PartaException;

/**
 * The backups directory on disk: one folder per backup, named by its moment, holding
 * {@code database.zip}, {@code files/}, {@code SHA256SUMS}, {@code manifest.properties} and, once
 * checked, {@code verification.properties}. Hidden {@code .partial-} and {@code .scratch-} folders
 * are work in progress and never listed.
 */
final class BackupFolder {

    static final String DATABASE_ZIP = "database.zip";

    private BackupFolder() {
    }

    /** Every backup in the directory, newest first. */
    static List<BackupEntry> list(Path directory) {
        List<BackupEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return entries;
        }
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && BackupNames.isBackupName(name)) {
                    entries.add(entryOf(child));
                }
            }
        } catch (IOException e) {
            return entries;
        }
        entries.sort(Comparator.comparing(BackupEntry::name).reversed());
        return entries;
    }

    static BackupEntry entryOf(Path folder) {
        String name = folder.getFileName().toString();
        BackupManifest manifest = null;
        String problem = null;
        try {
            manifest = BackupManifest.read(folder);
        } catch (PartaException e) {
            problem = e.messageKey();
        }
        long bytes = 0;
        try {
            Path database = folder.resolve(DATABASE_ZIP);
            bytes = (Files.isRegularFile(database) ? Files.size(database) : 0) + (manifest == null ? 0 : manifest.fileBytes());
        } catch (IOException e) {
            // Listed without a size.
        }
        return new BackupEntry(name, BackupNames.instantOf(name).orElseThrow(), manifest, problem,
                Verification.read(folder).orElse(null), bytes);
    }

    /** The newest backup that passed its check: later backups link their unchanged files to it. */
    static Path newestComplete(Path directory) {
        return list(directory).stream().filter(BackupEntry::verified).findFirst()
                .map(entry -> directory.resolve(entry.name())).orElse(null);
    }

    /**
     * Hard-links {@code target} to the same file in an earlier backup when that one holds it (same
     * name, which is its hash, and same size); blobs never change, so the link is the same bytes
     * at no cost. False when there is none or the disk has no hard links (FAT on a USB disk).
     */
    static boolean linkToEarlier(Path earlierBackup, String relative, Path source, Path target) {
        if (earlierBackup == null) {
            return false;
        }
        Path earlier = earlierBackup.resolve(relative);
        try {
            if (Files.isRegularFile(earlier) && Files.size(earlier) == Files.size(source)) {
                Files.createLink(target, earlier);
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Copied instead.
        }
        return false;
    }

    static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // What could not be removed now is removed with the next backup's tidy-up.
        }
    }
}
