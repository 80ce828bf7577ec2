package ru.parta.chat;

import jakarta.inject.Singleton;

/** Finds the chats the roster made, for tests. */
@Singleton
class ChatTestSupport {

    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;

    ChatTestSupport(ConversationRepository conversations, ConversationMemberRepository members) {
        this.conversations = conversations;
        this.members = members;
    }

    /** Some present member, to read a chat's member list as one of them. */
    long anyMember(long conversationId) {
        return members.findByConversationIdAndLeftAtIsNull(conversationId).stream().findFirst()
                .map(ConversationMember::accountId).orElse(-1L);
    }

    long chatOf(ConversationKind kind, long classOrGroupId) {
        return conversations.findByKind(kind).stream()
                .filter(c -> kind == ConversationKind.GROUP ? c.groupId() == classOrGroupId : c.classId() == classOrGroupId)
                .findFirst().orElseThrow().id();
    }
}
