package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** An active session as its owner sees it in the list. */
public record SessionInfo(String id, Instant startedAt, Instant lastSeenAt, @Nullable String clientAddress,
                          @Nullable String userAgent) {
}
