package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A message as its author sends it. The client key is made by the sender's browser once per
 * message; sending the same key again (after a dropped connection) never makes a second message.
 * {@code ackRequired} asks a channel's readers to confirm they read it ("Ознакомлен(а)");
 * {@code publishAt}, when set, holds it until then (a scheduled post).
 */
public record NewMessage(long conversationId, String clientKey, @Nullable String text, @Nullable Long replyToId,
                         boolean urgent, List<Long> mentionIds, List<Long> attachmentIds, boolean ackRequired,
                         @Nullable Instant publishAt) {

    public NewMessage {
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    public NewMessage(long conversationId, String clientKey, @Nullable String text, @Nullable Long replyToId,
                      boolean urgent, List<Long> mentionIds, List<Long> attachmentIds) {
        this(conversationId, clientKey, text, replyToId, urgent, mentionIds, attachmentIds, false, null);
    }

    /** The same message, asking a channel's readers to confirm it. */
    public NewMessage withAckRequired() {
        return new NewMessage(conversationId, clientKey, text, replyToId, urgent, mentionIds, attachmentIds, true,
                publishAt);
    }

    /** The same message, to be published at this time rather than now. */
    public NewMessage publishedAt(@Nullable Instant at) {
        return new NewMessage(conversationId, clientKey, text, replyToId, urgent, mentionIds, attachmentIds,
                ackRequired, at);
    }

    public static NewMessage text(long conversationId, String clientKey, String text) {
        return new NewMessage(conversationId, clientKey, text, null, false, List.of(), List.of());
    }
}
