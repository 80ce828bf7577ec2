package ru.parta.chat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.Tokens;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Links to join a teacher's chat. Only people of the school can sign in, so a link lets any of
 * them in; its creator (or an administrator) makes a new one, which ends the old, or revokes it.
 * A chat with its teacher in it stays supervised whoever joins.
 */
@Singleton
public class ChatLinkService {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final ChatLinkRepository links;
    private final ConversationRepository conversations;
    private final ConversationService conversationService;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;
    private final ConversationMembers members;

    ChatLinkService(ChatLinkRepository links, ConversationRepository conversations,
                    ConversationService conversationService, AccountService accounts, AuditLog auditLog,
                    EventBus events, Clock clock, Permissions permissions, ConversationMembers members) {
        this.members = members;
        this.permissions = permissions;
        this.links = links;
        this.conversations = conversations;
        this.conversationService = conversationService;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ChatLink createChatLink(long conversationId, Actor actor) {
        permissions.requirePerson(actor);
        long actorId = actor.accountId();
        requireManager(conversationId, actorId);
        Instant now = clock.instant();
        links.findByConversationIdAndRevokedAtIsNull(conversationId).forEach(old -> links.update(old.revoked(now)));
        ChatLink link = links.save(new ChatLink(null, conversationId, Tokens.generate(), actorId, now,
                now.plus(VALIDITY), null));
        auditLog.recordEvent("chat.linkCreated", actorId, String.valueOf(conversationId), null);
        return link;
    }

    @Transactional
    public void revokeChatLink(long conversationId, Actor actor) {
        permissions.requirePerson(actor);
        long actorId = actor.accountId();
        requireManager(conversationId, actorId);
        Instant now = clock.instant();
        links.findByConversationIdAndRevokedAtIsNull(conversationId).forEach(old -> links.update(old.revoked(now)));
        auditLog.recordEvent("chat.linkRevoked", actorId, String.valueOf(conversationId), null);
    }

    /** The chat's live link, for its managers. */
    public Optional<ChatLink> findChatLink(long conversationId, long viewerId) {
        if (!conversationService.mayManage(conversationId, viewerId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByConversationIdAndRevokedAtIsNull(conversationId).stream().filter(l -> l.isLive(now))
                .findFirst();
    }

    /** The chat a live link leads to; anything else is "no such link". */
    public Conversation describeChatLink(String token) {
        return conversations.findById(live(token).conversationId()).orElseThrow();
    }

    @Transactional
    public Conversation joinByLink(String token, Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        ChatLink link = live(token);
        accounts.findAccount(accountId).filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
        if (members.joinChat(link.conversationId(), accountId)) {
            auditLog.recordEvent("chat.joinedByLink", accountId, String.valueOf(link.conversationId()), null);
            events.publish(new ChatsChanged(Set.of(accountId)));
        }
        return conversations.findById(link.conversationId()).orElseThrow();
    }

    private ChatLink live(String token) {
        return (Tokens.wellFormed(token) ? links.findByToken(token) : Optional.<ChatLink>empty())
                .filter(l -> l.isLive(clock.instant()))
                .orElseThrow(() -> PartaException.notFound("chat.link.invalid"));
    }

    private void requireManager(long conversationId, long actorId) {
        if (!conversationService.mayManage(conversationId, actorId)) {
            throw PartaException.forbidden("chat.manage.forbidden");
        }
    }
}
