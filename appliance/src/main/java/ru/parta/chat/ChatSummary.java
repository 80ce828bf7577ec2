package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A line of someone's chat list. {@code name} is the class label, group name, chat title or, for
 * a direct chat, the other people's names; screens word it by kind. {@code lastMessageId} is 0 for
 * a chat without messages. {@code mayPost} is false for a channel's subscribers; {@code systemKey}
 * names the school's and the staff channel (SCHOOL, STAFF), worded by the screens.
 */
public record ChatSummary(long conversationId, ConversationKind kind, String name, int memberCount,
                          Instant lastActivityAt, int unread, int unreadMentions, @Nullable String lastAuthor,
                          @Nullable String lastText, boolean lastDeleted, int lastAttachments, long lastMessageId,
                          boolean mayPost, @Nullable String systemKey) {
}
