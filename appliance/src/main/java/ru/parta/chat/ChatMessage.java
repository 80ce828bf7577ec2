package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A delivered message as screens show it: with its author, quote, attachments and reactions;
 * {@code ackRequired} for a channel announcement its readers confirm; {@code pollId} for a poll.
 */
public record ChatMessage(long id, long conversationId, long authorId, String authorName, boolean authorVerified,
                          String body, @Nullable Quote replyTo, boolean urgent, Instant deliveredAt,
                          @Nullable Instant editedAt, boolean deleted, List<Attachment> attachments,
                          List<Reaction> reactions, List<Long> mentionIds, boolean ackRequired,
                          @Nullable Long pollId, @Nullable String hiddenReason) {

    public ChatMessage {
        attachments = List.copyOf(attachments);
        reactions = List.copyOf(reactions);
        mentionIds = List.copyOf(mentionIds);
    }

    /** The start of the message a reply answers. */
    public record Quote(long messageId, String authorName, String snippet, boolean deleted) {
    }

    public record Attachment(long fileId, String name, String mediaType, long size, boolean image) {
    }

    /** One emoji and who put it, in the order they did. */
    public record Reaction(String emoji, List<Long> accountIds) {

        public Reaction {
            accountIds = List.copyOf(accountIds);
        }
    }

    ChatMessage withReactions(List<Reaction> changed) {
        return new ChatMessage(id, conversationId, authorId, authorName, authorVerified, body, replyTo, urgent,
                deliveredAt, editedAt, deleted, attachments, changed, mentionIds, ackRequired, pollId, hiddenReason);
    }

    /** Hidden by a moderator: readers see that, and the reason's category, not the text. */
    public boolean hidden() {
        return hiddenReason != null;
    }
}
