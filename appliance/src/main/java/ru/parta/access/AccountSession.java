package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One signed-in browser session of a person; ended sessions stay as history. */
@MappedEntity("account_session")
record AccountSession(@Id String id, Long accountId, Instant startedAt, Instant lastSeenAt,
                      @Nullable String clientAddress, @Nullable String userAgent, @Nullable Instant endedAt,
                      @Nullable String endReason) {
}
