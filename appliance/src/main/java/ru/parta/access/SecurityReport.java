package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A person's report that someone else is using their account. */
@MappedEntity("security_report")
public record SecurityReport(@Id @GeneratedValue @Nullable Long id, Long accountId, Instant reportedAt,
                             @Nullable String clientAddress, @Nullable Instant resolvedAt, @Nullable Long resolvedBy) {
}
