package ru.parta.channel;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.base.i18n.Messages;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.people.OptOutService;
import ru.parta.people.OptOutView;
import ru.parta.school.SchoolService;

/**
 * "Ознакомлен(а)": a channel's readers confirm an announcement once, with one tap; its authors see
 * the sheet of who did (by class), remind the rest (at most once per interval, and only them),
 * mark the families outside Parta they told, and file the sheet. A confirmation is one row; the
 * sheet is read set-based ({@link AckSheets}).
 */
@Singleton
public class AcknowledgementService {

    static final int WAITING_SHOWN = 20;

    private final AcknowledgementRepository acknowledgements;
    private final ChannelRepository channels;
    private final AudienceLineRepository lines;
    private final ChannelAudiences audiences;
    private final AckSheets sheets;
    private final ChatService chats;
    private final OptOutService optOuts;
    private final ChannelProperties settings;
    private final SchoolService school;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    AcknowledgementService(AcknowledgementRepository acknowledgements, ChannelRepository channels,
                           AudienceLineRepository lines, ChannelAudiences audiences, AckSheets sheets,
                           ChatService chats, OptOutService optOuts, ChannelProperties settings,
                           SchoolService school, Permissions permissions, AuditLog auditLog, EventBus events, Clock clock) {
        this.acknowledgements = acknowledgements;
        this.channels = channels;
        this.lines = lines;
        this.audiences = audiences;
        this.sheets = sheets;
        this.chats = chats;
        this.optOuts = optOuts;
        this.settings = settings;
        this.school = school;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The reader confirms they have read an announcement; returns when. */
    @Transactional
    public Instant acknowledgePost(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        long readerId = actor.accountId();
        ChatMessage post = chats.findMessage(messageId, readerId);
        if (!post.ackRequired()) {
            throw PartaException.invalid("ack.notRequired");
        }
        if (post.deleted()) {
            throw PartaException.conflict("chat.message.deleted");
        }
        if (chats.mayPostIn(post.conversationId(), readerId)) {
            throw PartaException.invalid("ack.byAuthor");
        }
        if (acknowledgements.countAcknowledgements(messageId, readerId) > 0) {
            throw PartaException.conflict("ack.already");
        }
        Instant now = clock.instant();
        try {
            acknowledgements.acknowledge(messageId, readerId, now);
        } catch (DataAccessException twice) {
            // The same reader's second tap from another tab, a moment apart: the first one counts.
            throw PartaException.conflict("ack.already");
        }
        events.publish(new AckSheetChanged(messageId));
        return now;
    }

    /** Reminds the readers who have not confirmed; returns how many. */
    @Transactional
    public int remindPending(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage post = authorsPost(messageId, actor.accountId());
        Instant now = clock.instant();
        Duration interval = settings.getReminderInterval();
        acknowledgements.findFirstByMessageIdOrderBySentAtDesc(messageId)
                .filter(last -> last.sentAt().plus(interval).isAfter(now))
                .ifPresent(last -> {
                    long minutes = Math.max(1, Duration.between(now, last.sentAt().plus(interval)).toMinutes() + 1);
                    throw PartaException.limit("ack.remind.tooSoon", minutes);
                });
        List<Long> pending = sheets.findPending(post.conversationId(), messageId);
        if (pending.isEmpty()) {
            throw PartaException.conflict("ack.remind.nobody");
        }
        acknowledgements.save(new AckReminder(null, messageId, actor.accountId(), now, pending.size()));
        auditLog.recordEvent("ack.reminded", actor.accountId(), messageId + " " + pending.size(), null);
        events.publish(new AcknowledgementReminded(messageId, post.conversationId(), new HashSet<>(pending)));
        events.publish(new AckSheetChanged(messageId));
        return pending.size();
    }

    /** An author notes that a family outside Parta was told (by phone, e-mail or in person). */
    @Transactional
    public void markFamilyInformed(long messageId, long optOutId, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage post = authorsPost(messageId, actor.accountId());
        boolean inAudience = outsideFamilies(post.conversationId()).stream()
                .anyMatch(o -> o.optOut().id() == optOutId);
        if (!inAudience) {
            throw PartaException.notFound("ack.outside.notFound");
        }
        if (acknowledgements.countInformed(messageId, optOutId) > 0) {
            throw PartaException.conflict("ack.outside.already");
        }
        try {
            acknowledgements.markInformed(messageId, optOutId, clock.instant(), actor.accountId());
        } catch (DataAccessException twice) {
            throw PartaException.conflict("ack.outside.already");
        }
        auditLog.recordEvent("ack.familyInformed", actor.accountId(), messageId + " " + optOutId, null);
        events.publish(new AckSheetChanged(messageId));
    }

    /** The sheet of an announcement, for the channel's authors. */
    public AckSheet findSheet(long messageId, long viewerId) {
        ChatMessage post = authorsPost(messageId, viewerId);
        Channel channel = channels.findByConversationId(post.conversationId()).orElseThrow();
        Map<Long, AckSheets.Informed> informed = sheets.findInformed(messageId);
        List<AckSheet.Outside> outside = outsideFamilies(post.conversationId()).stream().map(o -> {
            AckSheets.Informed told = informed.get(o.optOut().id());
            return new AckSheet.Outside(o.optOut().id(), o.optOut().parentName(), o.childName(), o.classLabel(),
                    o.optOut().channel(), o.optOut().contact(), told == null ? null : told.at(),
                    told == null ? null : told.by());
        }).toList();
        Instant reminded = acknowledgements.findFirstByMessageIdOrderBySentAtDesc(messageId).map(AckReminder::sentAt)
                .orElse(null);
        Instant next = reminded == null ? null : reminded.plus(settings.getReminderInterval());
        return new AckSheet(messageId, post.conversationId(), channel.name(), post.authorName(), post.deliveredAt(),
                post.body(), sheets.findEntries(post.conversationId(), messageId), outside, reminded,
                next != null && next.isAfter(clock.instant()) ? next : null);
    }

    /** The sheet as CSV, times in the school's zone. */
    public byte[] exportSheetCsv(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        AckSheet sheet = findSheet(messageId, actor.accountId());
        auditLog.recordEvent("ack.exported", actor.accountId(), messageId + " csv", null);
        return new AckSheetCsv(Messages.core(), school.zone()).render(sheet);
    }

    /** The printable sheet (PDF, A4) in the form schools file. */
    public byte[] exportSheetPdf(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        AckSheet sheet = findSheet(messageId, actor.accountId());
        auditLog.recordEvent("ack.exported", actor.accountId(), messageId + " pdf", null);
        return new AckSheetPdf(Messages.core(), school.requireSchool().name(), school.zone()).render(sheet);
    }

    /** Whether the viewer may open an announcement's sheet (one of its channel's authors). */
    public boolean maySeeSheet(long messageId, long viewerId) {
        try {
            authorsPost(messageId, viewerId);
            return true;
        } catch (PartaException no) {
            return false;
        }
    }

    /** Which of these announcements the viewer has confirmed, and when. */
    public Map<Long, Instant> findAcknowledged(long viewerId, Collection<Long> messageIds) {
        return messageIds.isEmpty() ? Map.of() : sheets.findAcknowledged(viewerId, messageIds);
    }

    /** The announcements the viewer still has to confirm, newest first. */
    public List<Waiting> findWaiting(long viewerId) {
        return sheets.findWaiting(viewerId, WAITING_SHOWN);
    }

    private List<OptOutView> outsideFamilies(long conversationId) {
        Channel channel = channels.findByConversationId(conversationId).orElseThrow();
        List<AudiencePart> parts = lines.findByChannelIdOrderByIdAsc(channel.id()).stream()
                .map(AudienceLine::part).toList();
        Set<Long> classes = audiences.findParentClasses(parts);
        return classes.isEmpty() ? List.of() : optOuts.findOptOutsOfClasses(classes);
    }

    /** An announcement of a channel the person posts to; not found for anyone else. */
    private ChatMessage authorsPost(long messageId, long viewerId) {
        ChatMessage post = chats.findMessage(messageId, viewerId);
        if (!post.ackRequired() || !chats.mayPostIn(post.conversationId(), viewerId)) {
            throw PartaException.notFound("ack.sheet.notFound");
        }
        return post;
    }
}
