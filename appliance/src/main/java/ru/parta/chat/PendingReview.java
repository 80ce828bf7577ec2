package ru.parta.chat;

import java.time.Instant;

/** A message waiting for a moderator's approval in a pre-moderated chat (a held message's id). */
public record PendingReview(long heldId, long conversationId, long authorId, String body, Instant sentAt) {
}
