package ru.parta.chat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;

/**
 * Joining and leaving a chat, the two steps every way in and out shares (picks, direct chats,
 * links, removal): a member who comes back starts reading from the chat's latest message, and the
 * last staff member cannot leave students alone.
 */
@Singleton
class ConversationMembers {

    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;
    private final ReadPointerWriter pointers;
    private final AccountService accounts;
    private final EventBus events;
    private final Clock clock;

    ConversationMembers(ConversationRepository conversations, ConversationMemberRepository members,
                        ReadPointerWriter pointers, AccountService accounts, EventBus events, Clock clock) {
        this.conversations = conversations;
        this.members = members;
        this.pointers = pointers;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Lets a person into a chat (by its link); false when they were already in. */
    @Transactional
    boolean joinChat(long conversationId, long accountId) {
        boolean joined = join(conversationId, accountId, false);
        if (joined) {
            conversations.recount();
        }
        return joined;
    }

    /** Adds or brings back a member; false when they were already in. */
    boolean join(long conversationId, long accountId, boolean managed) {
        Optional<ConversationMember> row = members.findByConversationIdAndAccountId(conversationId, accountId);
        if (row.isPresent() && row.get().isPresent()) {
            return false;
        }
        Conversation chat = conversations.findById(conversationId).orElseThrow();
        long readUpTo = chat.lastMessageId() == null ? 0 : chat.lastMessageId();
        if (row.isPresent()) {
            members.rejoin(row.get().id(), managed);
            pointers.moveForward(conversationId, accountId, readUpTo);
        } else {
            members.save(new ConversationMember(null, conversationId, accountId, managed, clock.instant(), null,
                    readUpTo, true, null));
        }
        return true;
    }

    void leave(long conversationId, long accountId) {
        ConversationMember member = members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.notFound("chat.notMember"));
        List<Long> rest = members.findByConversationIdAndLeftAtIsNull(conversationId).stream()
                .map(ConversationMember::accountId).filter(id -> id != accountId).toList();
        Map<Long, AccountSummary> others = accounts.findPeople(rest);
        boolean studentsStay = others.values().stream().anyMatch(a -> a.hasRole(Role.STUDENT));
        boolean staffStays = others.values().stream().anyMatch(AccountSummary::isStaff);
        if (studentsStay && !staffStays) {
            throw PartaException.conflict("chat.leave.lastStaff");
        }
        members.markLeft(member.id(), clock.instant());
        conversations.recount();
        events.publish(new ChatsChanged(Set.of(accountId)));
    }
}
