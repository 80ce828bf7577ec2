package ru.parta.moderation;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Records the filter's refusals in the moderation log, in a transaction of their own: the caller's
 * transaction rolls back with the refusal, and the record must survive it. The log keeps the text's
 * hash, never the text.
 */
@Singleton
class FilterRecord {

    private final ModerationLog log;

    FilterRecord(ModerationLog log) {
        this.log = log;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void recordRefusal(long authorId, String where, String ruleId, String text) {
        log.append(authorId, "filter.refused", where, 0, null, ruleId, text);
    }
}
