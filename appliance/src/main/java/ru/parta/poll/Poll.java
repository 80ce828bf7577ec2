package ru.parta.poll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A poll; {@code messageId} once the message showing it is delivered; {@code voters} how many have voted. */
@MappedEntity("poll")
record Poll(@Id @GeneratedValue @Nullable Long id, long conversationId, @Nullable Long messageId, String question,
            boolean multiple, boolean anonymous, boolean resultsAfterClose, @Nullable Instant closesAt,
            @Nullable Instant closedAt, long createdBy, Instant createdAt, int voters) {

    /** Closed by hand, or past its deadline (even before the scheduler marks it). */
    boolean isClosed(Instant now) {
        return closedAt != null || closesAt != null && !closesAt.isAfter(now);
    }

    boolean resultsVisible(Instant now) {
        return !resultsAfterClose || isClosed(now);
    }
}
