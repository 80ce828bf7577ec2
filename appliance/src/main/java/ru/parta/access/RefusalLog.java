package ru.parta.access;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.parta.base.audit.AuditLog;

/**
 * Audits an actor refused for being stale or forged. It writes in a transaction of its own: the
 * caller's transaction rolls back with the refusal, and the record must survive it.
 */
@Singleton
class RefusalLog {

    private final AuditLog auditLog;

    RefusalLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordRefusal(Actor actor, String problem) {
        auditLog.recordEvent("access.refused", actor.auditId(),
                problem + (actor.sessionId() == null ? "" : " " + actor.sessionId().substring(0, 8)), null);
    }
}
