package ru.parta.moderation;

import java.time.Instant;

/** One of the person's own reports and what became of it (OPEN, HIDDEN, DISMISSED). */
public record MyReport(long messageId, long conversationId, String reason, Instant reportedAt, String status,
                       boolean comment) {
}
