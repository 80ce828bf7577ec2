package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One's own message waiting for the end of quiet hours, or for the time its author scheduled it
 * ({@code scheduledAt}; delivery may come later if that time falls in quiet hours).
 */
public record HeldItem(long id, long conversationId, String clientKey, String body, int attachmentCount,
                       Instant sentAt, Instant deliverAt, @Nullable Instant scheduledAt, boolean awaitingReview) {

    public boolean isScheduled() {
        return scheduledAt != null;
    }
}
