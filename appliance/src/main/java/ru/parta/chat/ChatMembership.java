package ru.parta.chat;

import jakarta.inject.Singleton;
import ru.parta.base.PartaException;

/**
 * Who may read or write a chat now: its present members, and writing only while it is supervised
 * and, in a channel, only its authors.
 */
@Singleton
class ChatMembership {

    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;

    private final java.time.Clock clock;

    ChatMembership(ConversationRepository conversations, ConversationMemberRepository members, java.time.Clock clock) {
        this.clock = clock;
        this.conversations = conversations;
        this.members = members;
    }

    /** The chat, if the person is a present member and it may be written to now. */
    Conversation writable(long conversationId, long accountId) {
        Conversation conversation = conversations.findById(conversationId)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
        ConversationMember member = members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.forbidden("chat.notMember"));
        if (!member.mayPost()) {
            throw PartaException.forbidden("chat.channel.readOnly");
        }
        requireNotMuted(member);
        if (!conversation.supervised()) {
            throw PartaException.conflict("chat.unsupervised");
        }
        return conversation;
    }

    /** A moderator's ban on writing holds for comments as for messages. */
    void requireNotMuted(long conversationId, long accountId) {
        members.findByConversationIdAndAccountId(conversationId, accountId).ifPresent(this::requireNotMuted);
    }

    private void requireNotMuted(ConversationMember member) {
        if (member.mutedUntil() != null && member.mutedUntil().isAfter(clock.instant())) {
            throw PartaException.forbidden("chat.muted");
        }
    }

    Conversation requireMember(long conversationId, long accountId) {
        Conversation conversation = conversations.findById(conversationId)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
        members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.forbidden("chat.notMember"));
        return conversation;
    }

    boolean isReader(long conversationId, long accountId) {
        return members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent).isPresent();
    }

    void requireReader(long conversationId, long accountId) {
        members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
    }
}
