package ru.parta.chat;

import java.time.Instant;

/** One's own message waiting for the end of quiet hours. */
public record HeldItem(long id, long conversationId, String clientKey, String body, int attachmentCount,
                       Instant sentAt, Instant deliverAt) {
}
