package ru.parta.chat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.event.EventBus;
import ru.parta.files.FileService;
import ru.parta.school.SchoolService;

/**
 * Messages held by quiet hours or scheduled by their authors: the authors see, edit, reschedule or
 * withdraw them until they are due, when they are delivered in the order they were sent
 * ({@link HeldDelivery} runs the release).
 */
@Singleton
public class HeldMessages {

    private final HeldMessageRepository held;
    private final ConversationMemberRepository members;
    private final MessageDelivery delivery;
    private final ChatReads reads;
    private final FileService files;
    private final ChatProperties limits;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;
    private final SchoolService school;
    private final TextGuard textGuard;

    HeldMessages(HeldMessageRepository held, ConversationMemberRepository members, MessageDelivery delivery,
                 ChatReads reads, FileService files, ChatProperties limits, EventBus events, Clock clock,
                 Permissions permissions, SchoolService school, TextGuard textGuard) {
        this.school = school;
        this.textGuard = textGuard;
        this.held = held;
        this.members = members;
        this.delivery = delivery;
        this.reads = reads;
        this.files = files;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** Delivers the held messages whose quiet hours have ended, in the order they were sent. */
    @Transactional
    public int releaseHeldMessages() {
        List<HeldMessage> due = held.findByDeliverAtLessThanEqualsAndAwaitingReviewFalseOrderByIdAsc(clock.instant());
        int delivered = 0;
        for (HeldMessage waiting : due) {
            boolean stillMember = members.findByConversationIdAndAccountId(waiting.conversationId(),
                    waiting.authorId()).map(ConversationMember::isPresent).orElse(false);
            if (!stillMember) {
                // The author left the chat during the night (a transfer, say): the message goes nowhere.
                held.delete(waiting);
                events.publish(new HeldMessagesChanged(waiting.authorId(), waiting.conversationId()));
                continue;
            }
            Instant now = clock.instant();
            Message saved = delivery.deliver(waiting.conversationId(), waiting.authorId(), waiting.clientKey(), waiting.body(),
                    waiting.replyToId(), waiting.urgent(), waiting.sentAt(), now, waiting.attachments(),
                    waiting.mentions(), waiting.ackRequired(), waiting.pollId());
            held.delete(waiting);
            if (!waiting.body().isEmpty()) {
                textGuard.recordReleased(saved.id(), waiting.conversationId(), waiting.authorId(), waiting.body());
            }
            events.publish(new HeldMessagesChanged(waiting.authorId(), waiting.conversationId()));
            events.publish(new MessagePosted(reads.findMessage(saved.id()).orElseThrow()));
            delivered++;
        }
        return delivered;
    }

    /** Messages waiting for a moderator's approval, oldest first (moderation filters them by scope). */
    public List<PendingReview> findAwaitingReview() {
        return held.findByAwaitingReviewTrueOrderByIdAsc().stream().map(h -> new PendingReview(h.id(),
                h.conversationId(), h.authorId(), h.body(), h.sentAt())).toList();
    }

    /** A moderator approved a waiting message: it goes out now, or when quiet hours end. */
    @Transactional
    @InternalStep("ModerationService.approveMessage, after its scope check and record")
    public void approveHeldMessage(long heldId) {
        HeldMessage waiting = held.findForUpdate(heldId).filter(HeldMessage::awaitingReview)
                .orElseThrow(() -> PartaException.notFound("moderation.review.gone"));
        Instant now = clock.instant();
        QuietHours quiet = QuietHours.of(school.requireSchool());
        held.update(waiting.approved(quiet.isQuiet(now) ? quiet.endAfter(now) : now));
        events.publish(new HeldMessagesChanged(waiting.authorId(), waiting.conversationId()));
        releaseHeldMessages();
    }

    /** A moderator rejected a waiting message: it is gone, as if withdrawn; nobody else saw it. */
    @Transactional
    @InternalStep("ModerationService.rejectMessage, after its scope check and record")
    public PendingReview rejectHeldMessage(long heldId) {
        HeldMessage waiting = held.findForUpdate(heldId).filter(HeldMessage::awaitingReview)
                .orElseThrow(() -> PartaException.notFound("moderation.review.gone"));
        held.delete(waiting);
        for (Long fileId : waiting.attachments()) {
            files.findFile(fileId).ifPresent(file -> files.deleteFile(file, waiting.authorId()));
        }
        events.publish(new HeldMessagesChanged(waiting.authorId(), waiting.conversationId()));
        return new PendingReview(waiting.id(), waiting.conversationId(), waiting.authorId(), waiting.body(),
                waiting.sentAt());
    }

    @Transactional
    public void editHeldMessage(long heldId, String newText, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        HeldMessage waiting = ownHeld(heldId, authorId);
        if (waiting.pollId() != null) {
            throw PartaException.conflict("chat.poll.noEdit");
        }
        String text = MessageText.require(newText, !waiting.attachments().isEmpty(), limits.getMaxMessageLength());
        // A message already waiting for a moderator may keep waiting; one held for the night may not slip past review.
        if (textGuard.screenMessage(text, authorId).held() && !waiting.awaitingReview()) {
            throw PartaException.invalid("moderation.refused.review");
        }
        held.update(waiting.edited(text));
        events.publish(new HeldMessagesChanged(authorId, waiting.conversationId()));
    }

    /** Moves a scheduled post to another time (quiet hours apply as when it was scheduled). */
    @Transactional
    public HeldItem rescheduleHeldMessage(long heldId, Instant publishAt, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        HeldMessage waiting = ownHeld(heldId, authorId);
        if (waiting.scheduledAt() == null) {
            throw PartaException.conflict("chat.schedule.notScheduled");
        }
        Instant deliverAt = new PostSchedule().deliveryOf(publishAt, waiting.urgent(), clock.instant(),
                QuietHours.of(school.requireSchool()));
        HeldMessage moved = held.update(waiting.rescheduled(publishAt, deliverAt));
        events.publish(new HeldMessagesChanged(authorId, waiting.conversationId()));
        return heldItem(moved);
    }

    /** Withdraws a message not yet delivered; nobody else ever saw it. */
    @Transactional
    public void withdrawHeldMessage(long heldId, Actor actor) {
        permissions.requirePerson(actor);
        long authorId = actor.accountId();
        HeldMessage waiting = ownHeld(heldId, authorId);
        held.delete(waiting);
        for (Long fileId : waiting.attachments()) {
            files.findFile(fileId).ifPresent(file -> files.deleteFile(file, authorId));
        }
        events.publish(new HeldMessagesChanged(authorId, waiting.conversationId()));
    }

    public List<HeldItem> findHeldMessages(long conversationId, long authorId) {
        return held.findByConversationIdAndAuthorIdOrderByIdAsc(conversationId, authorId).stream()
                .map(HeldMessages::heldItem).toList();
    }

    private HeldMessage ownHeld(long heldId, long authorId) {
        HeldMessage waiting = held.findById(heldId)
                .orElseThrow(() -> PartaException.notFound("chat.held.gone"));
        if (waiting.authorId() != authorId) {
            throw PartaException.forbidden("chat.message.notYours");
        }
        return waiting;
    }

    static HeldItem heldItem(HeldMessage message) {
        return new HeldItem(message.id(), message.conversationId(), message.clientKey(), message.body(),
                message.attachments().size(), message.sentAt(), message.deliverAt(), message.scheduledAt(),
                message.awaitingReview());
    }
}
