package ru.parta.base.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One line of the append-only audit trail: who did what to what, from where, when (UTC). */
@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        @Nullable Long actorAccountId,
        String action,
        @Nullable String subject,
        @Nullable String clientAddress) {
}
