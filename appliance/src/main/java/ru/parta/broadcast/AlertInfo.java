package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** An emergency alert as screens show it. */
public record AlertInfo(long id, AlertKind kind, String body, String raisedByName, Instant raisedAt,
                        @Nullable Instant expiresAt, @Nullable Instant clearedAt, boolean posted) {
}
