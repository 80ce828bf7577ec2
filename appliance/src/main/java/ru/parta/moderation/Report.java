package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A reader's report of a message, or the filter's flag (no reporter; {@code ruleId} the rule and
 * {@code comment} its label); {@code status} OPEN, HIDDEN (the message was hidden) or DISMISSED. An
 * item a moderator passed to the administrators carries when and by whom.
 */
@MappedEntity("moderation_report")
record Report(@Id @GeneratedValue @Nullable Long id, long messageId, long conversationId, @Nullable Long reporterId,
              String reason, @Nullable String comment, Instant createdAt, String status, @Nullable Instant decidedAt,
              @Nullable Long decidedBy, @Nullable String ruleId, @Nullable Instant escalatedAt,
              @Nullable Long escalatedBy, long postCommentId) {

    static Report filed(QueueKey key, long conversationId, long reporterId, String reason, @Nullable String comment,
                        Instant at) {
        return new Report(null, key.messageId(), conversationId, reporterId, reason, comment, at, "OPEN", null, null,
                null, null, null, key.commentId());
    }

    static Report flagged(QueueKey key, long conversationId, String reason, String label, String ruleId, Instant at) {
        return new Report(null, key.messageId(), conversationId, null, reason, label, at, "OPEN", null, null, ruleId,
                null, null, key.commentId());
    }

    QueueKey key() {
        return new QueueKey(messageId, postCommentId);
    }

    Report decided(String outcome, Instant at, long by) {
        return new Report(id, messageId, conversationId, reporterId, reason, comment, createdAt, outcome, at, by, ruleId,
                escalatedAt, escalatedBy, postCommentId);
    }

    Report escalated(Instant at, long by) {
        return new Report(id, messageId, conversationId, reporterId, reason, comment, createdAt, status, decidedAt,
                decidedBy, ruleId, at, by, postCommentId);
    }

    boolean byFilter() {
        return reporterId == null;
    }
}
