package ru.parta.files;

import java.nio.file.Path;

/** Bytes received and hashed, waiting in the staging area until they are kept or thrown away. */
public record StagedBlob(Path path, String sha256, long size, String mediaType) {
}
