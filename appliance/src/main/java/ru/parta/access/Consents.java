package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import ru.parta.base.InternalStep;

/** Records and reads consents to processing personal data (152-FZ), in the caller's transaction. */
@Singleton
public class Consents {

    private final ConsentRecordRepository records;

    Consents(ConsentRecordRepository records) {
        this.records = records;
    }

    @InternalStep("activation, registration, join-request approval and ChildConsentService, each checking who consents")
    public void recordConsent(long accountId, Set<Long> subjectAccountIds, String version, Instant givenAt,
                              @Nullable String clientAddress) {
        for (Long subject : subjectAccountIds) {
            records.save(new ConsentRecord(null, accountId, subject, version, givenAt, clientAddress));
        }
    }

    public List<ConsentRecord> findConsents(long accountId) {
        return records.findByAccountIdOrderByIdAsc(accountId);
    }
}
