package ru.parta.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A file in a place: its name, detected type and size, who uploaded it; the bytes are the blob's. */
@MappedEntity("stored_file")
public record StoredFile(@Id @GeneratedValue @Nullable Long id, String sha256, String name, String mediaType,
                         long size, boolean downloadOnly, FilePlace placeKind, Long placeId, Long uploadedBy,
                         Instant uploadedAt, @Nullable Instant deletedAt) {

    public boolean isImage() {
        return mediaType.startsWith("image/") && !downloadOnly;
    }

    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    public boolean isAudio() {
        return mediaType.startsWith("audio/");
    }

    public boolean isPdf() {
        return mediaType.equals("application/pdf");
    }

    StoredFile movedTo(long folderId) {
        return new StoredFile(id, sha256, name, mediaType, size, downloadOnly, placeKind, folderId, uploadedBy,
                uploadedAt, deletedAt);
    }

    StoredFile deleted(Instant at) {
        return new StoredFile(id, sha256, name, mediaType, size, downloadOnly, placeKind, placeId, uploadedBy,
                uploadedAt, at);
    }
}
