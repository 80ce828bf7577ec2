package ru.parta.moderation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatModeration;
import ru.parta.chat.ChatService;
import ru.parta.chat.HeldMessages;
import ru.parta.chat.HeldMessagesChanged;
import ru.parta.chat.PendingReview;

/**
 * Messages that wait for a moderator before anyone else sees them: in a chat a moderator put under
 * pre-moderation (students' and parents' messages), or held by the filter. Moderators of the chat
 * approve (the message goes out, or when quiet hours end) or reject (it is gone); the author is told.
 */
@Singleton
public class PremoderationService {

    private final HeldMessages held;
    private final ChatService chats;
    private final ChatModeration chatModeration;
    private final FilterHoldRepository holds;
    private final ModerationScopes scopes;
    private final ModerationLog log;
    private final Permissions permissions;
    private final EventBus events;

    PremoderationService(HeldMessages held, ChatService chats, ChatModeration chatModeration,
                         FilterHoldRepository holds, ModerationScopes scopes, ModerationLog log, Permissions permissions,
                         EventBus events) {
        this.held = held;
        this.chats = chats;
        this.chatModeration = chatModeration;
        this.holds = holds;
        this.scopes = scopes;
        this.log = log;
        this.permissions = permissions;
        this.events = events;
        // A message waiting for approval, or withdrawn meanwhile: the queues of its chat re-read.
        events.subscribe(HeldMessagesChanged.class, changed -> events.publish(new QueueChanged(changed.conversationId())));
    }

    /** Switches pre-moderation on or off in a chat the person moderates. */
    @Transactional
    public void setPremoderation(long conversationId, boolean on, Actor actor) {
        permissions.requirePerson(actor);
        if (!scopes.mayModerate(conversationId, actor.accountId())) {
            throw PartaException.forbidden("moderation.outOfScope");
        }
        chatModeration.setPremoderated(conversationId, on);
        log.append(actor.accountId(), on ? "chat.premoderated" : "chat.premoderation.off", "CHAT", conversationId,
                conversationId, null, "");
    }

    public boolean isPremoderated(long conversationId) {
        return chats.findConversation(conversationId).premoderated();
    }

    /** The messages waiting for approval in the chats the viewer moderates, oldest first. */
    public List<PendingReview> findPendingReviews(long viewerId) {
        Map<Long, Boolean> scope = new HashMap<>();
        return held.findAwaitingReview().stream()
                .filter(p -> scope.computeIfAbsent(p.conversationId(), c -> scopes.mayModerate(c, viewerId))).toList();
    }

    /** Why a waiting message waits, when the filter held it (empty: the chat's pre-moderation). */
    public Optional<QueueItem.FlaggedBy> findHeldBy(long heldId) {
        return holds.findById(heldId).map(hold -> new QueueItem.FlaggedBy(hold.ruleId(), hold.label()));
    }

    @Transactional
    public void approveMessage(long heldId, Actor actor) {
        PendingReview pending = reviewed(heldId, actor);
        held.approveHeldMessage(heldId);
        log.append(actor.accountId(), "review.approved", "HELD", heldId, pending.conversationId(), null, pending.body());
        events.publish(new ReviewDecided(pending.authorId(), pending.conversationId(), true));
        events.publish(new QueueChanged(pending.conversationId()));
    }

    @Transactional
    public void rejectMessage(long heldId, ModerationReason reason, Actor actor) {
        PendingReview pending = reviewed(heldId, actor);
        held.rejectHeldMessage(heldId);
        log.append(actor.accountId(), "review.rejected", "HELD", heldId, pending.conversationId(), reason.name(),
                pending.body());
        events.publish(new ReviewDecided(pending.authorId(), pending.conversationId(), false));
        events.publish(new QueueChanged(pending.conversationId()));
    }

    private PendingReview reviewed(long heldId, Actor actor) {
        permissions.requirePerson(actor);
        PendingReview pending = held.findAwaitingReview().stream().filter(p -> p.heldId() == heldId).findFirst()
                .orElseThrow(() -> PartaException.notFound("moderation.review.gone"));
        if (!scopes.mayModerate(pending.conversationId(), actor.accountId())) {
            throw PartaException.forbidden("moderation.outOfScope");
        }
        return pending;
    }
}
