package ru.parta.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the disk under a path can still take, and whether an I/O failure means it is full. */
final class Disks {

    private Disks() {
    }

    static boolean isFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    static long usableBytes(Path path) {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
