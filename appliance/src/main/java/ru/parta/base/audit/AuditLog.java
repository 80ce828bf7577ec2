package ru.parta.base.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Writes the audit trail. Called inside the caller's transaction, so the record commits or rolls
 * back with the change it describes.
 */
@Singleton
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public AuditEvent recordEvent(String action, @Nullable Long actorAccountId, @Nullable String subject,
                                  @Nullable String clientAddress) {
        return events.save(new AuditEvent(null, clock.instant(), actorAccountId, action, subject, clientAddress));
    }

    public List<AuditEvent> findByAction(String action) {
        return events.findByActionOrderByIdDesc(action);
    }

    /** Whether anything of this kind has ever been recorded (for checklists; reads one row at most). */
    public boolean hasRecorded(String action) {
        return events.existsByAction(action);
    }

    public List<AuditEvent> findLatest() {
        return events.findTop50OrderByIdDesc();
    }
}
