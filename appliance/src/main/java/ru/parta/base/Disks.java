package ru.parta.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the disk under a path can still take, and whether an I/O failure means it is full (Java has
 * no exception of its own for that: the operating system's message is all there is).
 */
public final class Disks {

    private Disks() {
    }

    public static boolean isFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    public static long usableBytes(Path path) {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
