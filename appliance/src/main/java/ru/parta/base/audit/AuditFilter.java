package ru.parta.base.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A search of the audit trail; nulls mean "any". Text parts match anywhere, ignoring case. */
public record AuditFilter(@Nullable String action, @Nullable Long actorAccountId, @Nullable String subject,
                          @Nullable Instant from, @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
