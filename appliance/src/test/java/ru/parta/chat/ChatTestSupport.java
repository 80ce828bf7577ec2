package ru.parta.chat;

import jakarta.inject.Singleton;
import ru.parta.base.event.ReactionLane;

/** Finds the chats the roster made, for tests. */
@Singleton
class ChatTestSupport {

    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;

    private final ReactionLane lane;

    ChatTestSupport(ConversationRepository conversations, ConversationMemberRepository members, ReactionLane lane) {
        this.lane = lane;
        this.conversations = conversations;
        this.members = members;
    }

    /** Some present member, to read a chat's member list as one of them. */
    long anyMember(long conversationId) {
        return members.findByConversationIdAndLeftAtIsNull(conversationId).stream().findFirst()
                .map(ConversationMember::accountId).orElse(-1L);
    }

    /** Waits for the class-chat re-sync that roster changes ask for on the reaction lane. */
    void settle() {
        lane.awaitIdle();
    }

    long chatOf(ConversationKind kind, long classOrGroupId) {
        settle();
        return conversations.findByKind(kind).stream()
                .filter(c -> kind == ConversationKind.GROUP ? c.groupId() == classOrGroupId : c.classId() == classOrGroupId)
                .findFirst().orElseThrow().id();
    }
}
