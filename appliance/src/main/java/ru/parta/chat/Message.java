package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A delivered message; ids grow in delivery order. A deleted message keeps its place, not its text.
 * {@code ackRequired}: a channel announcement its readers confirm ("Ознакомлен(а)"); {@code pollId}:
 * the poll this message shows (ru.parta.poll), its text the question.
 */
@MappedEntity("message")
record Message(@Id @GeneratedValue @Nullable Long id, long conversationId, long authorId, String clientKey,
               String body, @Nullable Long replyToId, boolean urgent, Instant sentAt, Instant deliveredAt,
               @Nullable Instant editedAt, @Nullable Instant deletedAt, boolean ackRequired,
               @Nullable Long pollId, @Nullable Instant hiddenAt, @Nullable String hiddenReason) {

    Message edited(String newBody, Instant at) {
        return new Message(id, conversationId, authorId, clientKey, newBody, replyToId, urgent, sentAt, deliveredAt,
                at, deletedAt, ackRequired, pollId, hiddenAt, hiddenReason);
    }

    /** Hidden by a moderator (reason: its category), or shown again (both null). */
    Message hidden(@Nullable Instant at, @Nullable String reason) {
        return new Message(id, conversationId, authorId, clientKey, body, replyToId, urgent, sentAt, deliveredAt,
                editedAt, deletedAt, ackRequired, pollId, at, reason);
    }

    Message deleted(Instant at) {
        return new Message(id, conversationId, authorId, clientKey, "", replyToId, urgent, sentAt, deliveredAt,
                editedAt, at, ackRequired, pollId, hiddenAt, hiddenReason);
    }
}
