package ru.parta.moderation;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.parta.base.audit.AuditLog;

/**
 * Records the filter's refusals in a transaction of their own: the caller's transaction rolls back
 * with the refusal, and the record must survive it.
 */
@Singleton
class FilterRecord {

    private final AuditLog auditLog;

    FilterRecord(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordRefusal(long authorId, String subject) {
        auditLog.recordEvent("moderation.refused", authorId, subject, null);
    }
}
