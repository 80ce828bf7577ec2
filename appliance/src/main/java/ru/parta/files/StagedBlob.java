package ru.parta.files;

import java.nio.file.Path;

/**
 * Bytes received and hashed, waiting in the staging area until they are kept or thrown away: the
 * type their bytes show (with a charset for text) and the type their name implies.
 */
public record StagedBlob(Path path, String sha256, long size, String mediaType, String nameType) {
}
