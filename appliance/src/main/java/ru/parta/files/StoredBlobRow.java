package ru.parta.files;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("stored_blob")
record StoredBlobRow(@Id String sha256, long size, String mediaType, Instant createdAt) {
}
