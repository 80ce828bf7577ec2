package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A paired display; {@code broadcastId} is what it has been told to show (none: the idle screen). */
@MappedEntity("display")
record Display(@Id @GeneratedValue @Nullable Long id, String name, String credentialHash, long pairedBy,
               Instant pairedAt, @Nullable Instant revokedAt, @Nullable Instant lastSeenAt, @Nullable String screen,
               @Nullable Long broadcastId) {
}
