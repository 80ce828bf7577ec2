package ru.parta.backup;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a verified backup to the second place (a USB disk, a mounted share), linking files an
 * earlier copy there already holds, and checks the copy as it lies on that disk. The place counts
 * as present only when it exists and can be written: an unplugged disk's empty mount point is
 * usually not writable, or is the bare folder the administrator made for it.
 */
@Singleton
class ExtraCopy {

    private final BackupVerifier verifier;

    ExtraCopy(BackupVerifier verifier) {
        this.verifier = verifier;
    }

    static boolean present(Path extra) {
        return Files.isDirectory(extra) && Files.isWritable(extra);
    }

    Verification copy(Path backup, Path extra, ProgressMeter progress) throws IOException {
        String name = backup.getFileName().toString();
        Path partial = extra.resolve(".partial-" + name);
        Path previous = BackupFolder.newestComplete(extra);
        try {
            BackupFolder.deleteQuietly(partial);
            Files.createDirectories(partial);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(backup)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            progress.step(BackupProgress.Step.EXTRA_COPY, files.size());
            long done = 0;
            for (Path file : files) {
                String relative = backup.relativize(file).toString().replace('\\', '/');
                Path target = partial.resolve(relative);
                Files.createDirectories(target.getParent());
                if (!relative.startsWith("files/") || !BackupFolder.linkToEarlier(previous, relative, file, target)) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
                progress.advance(++done);
            }
            Files.deleteIfExists(partial.resolve(Verification.FILE_NAME));
            Path copied = extra.resolve(name);
            Files.move(partial, copied, StandardCopyOption.ATOMIC_MOVE);
            return verifier.verify(copied, progress);
        } finally {
            BackupFolder.deleteQuietly(partial);
        }
    }
}
