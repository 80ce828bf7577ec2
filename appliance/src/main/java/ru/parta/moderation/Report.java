package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A reader's report of a message; {@code status} OPEN, HIDDEN (the message was hidden) or DISMISSED. */
@MappedEntity("moderation_report")
record Report(@Id @GeneratedValue @Nullable Long id, long messageId, long conversationId, long reporterId,
              String reason, @Nullable String comment, Instant createdAt, String status, @Nullable Instant decidedAt,
              @Nullable Long decidedBy) {

    Report decided(String outcome, Instant at, long by) {
        return new Report(id, messageId, conversationId, reporterId, reason, comment, createdAt, outcome, at, by);
    }
}
