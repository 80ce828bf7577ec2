package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * One pinned message per chat, shown above its messages: in a channel its authors pin, in other
 * chats the staff members in it. Pinning another message replaces the pin.
 */
@Singleton
public class Pins {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final ChatMembership membership;
    private final ChatReads reads;
    private final AccountService accounts;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;

    Pins(ConversationRepository conversations, MessageRepository messages, ChatMembership membership, ChatReads reads,
         AccountService accounts, Permissions permissions, AuditLog auditLog, EventBus events) {
        this.conversations = conversations;
        this.messages = messages;
        this.membership = membership;
        this.reads = reads;
        this.accounts = accounts;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional
    public void pinMessage(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        Message message = messages.findById(messageId).filter(m -> m.deletedAt() == null)
                .orElseThrow(() -> PartaException.notFound("chat.message.notFound"));
        Conversation chat = pinner(message.conversationId(), actor.accountId());
        conversations.pin(chat.id(), messageId);
        auditLog.recordEvent("chat.pinned", actor.accountId(), chat.id() + " " + messageId, null);
        events.publish(new PinChanged(chat.id(), reads.findMessage(messageId).orElse(null)));
    }

    @Transactional
    public void unpinMessage(long conversationId, Actor actor) {
        permissions.requirePerson(actor);
        Conversation chat = pinner(conversationId, actor.accountId());
        if (chat.pinnedMessageId() == null) {
            return;
        }
        conversations.pin(chat.id(), null);
        auditLog.recordEvent("chat.unpinned", actor.accountId(), String.valueOf(chat.id()), null);
        events.publish(new PinChanged(chat.id(), null));
    }

    /** The chat's pinned message, if any and not deleted since, for a member. */
    public Optional<ChatMessage> findPinned(long conversationId, long viewerId) {
        membership.requireReader(conversationId, viewerId);
        return conversations.findById(conversationId).map(Conversation::pinnedMessageId)
                .flatMap(reads::findMessage).filter(m -> !m.deleted());
    }

    /** Whether this person may pin in this chat. */
    public boolean mayPin(long conversationId, long accountId) {
        try {
            pinner(conversationId, accountId);
            return true;
        } catch (PartaException no) {
            return false;
        }
    }

    private Conversation pinner(long conversationId, long accountId) {
        Conversation chat = membership.writable(conversationId, accountId);
        boolean staff = accounts.findAccount(accountId).map(AccountSummary::isStaff).orElse(false);
        if (chat.kind() != ConversationKind.CHANNEL && !staff) {
            throw PartaException.forbidden("chat.pin.forbidden");
        }
        return chat;
    }

    /** A chat's pin changed: {@code message} the pinned one, null when unpinned. */
    public record PinChanged(long conversationId, @Nullable ChatMessage message) {
    }
}
