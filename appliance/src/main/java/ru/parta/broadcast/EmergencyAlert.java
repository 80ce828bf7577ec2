package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An emergency alert on every display, until cleared or until it expires; {@code messageId} its post in the school channel. */
@MappedEntity("emergency_alert")
record EmergencyAlert(@Id @GeneratedValue @Nullable Long id, AlertKind kind, String body, long raisedBy,
                      Instant raisedAt, @Nullable Instant expiresAt, @Nullable Long clearedBy,
                      @Nullable Instant clearedAt, @Nullable Long messageId) {

    boolean stands(Instant now) {
        return clearedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
