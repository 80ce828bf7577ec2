package ru.parta.moderation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.CsvCells;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.HeldMessages;
import ru.parta.chat.HeldMessagesChanged;
import ru.parta.chat.PendingReview;

/**
 * Moderators' direct actions: hiding a message at once with a reason (readers see "удалено
 * модератором" and the reason in its place, live; the author is told) and showing it again; each
 * action a line of the hash-chained moderation log, which administrators verify and export.
 */
@Singleton
public class ModerationService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final ChatService chats;
    private final ru.parta.chat.ChatModeration chatModeration;
    private final FilterHoldRepository holds;
    private final ModerationScopes scopes;
    private final ModerationLog log;
    private final ModerationLogRepository lines;
    private final Permissions permissions;
    private final EventBus events;
    private final ReportRepository reports;
    private final java.time.Clock clock;
    private final HeldMessages held;

    ModerationService(ChatService chats, ModerationScopes scopes, ModerationLog log, ModerationLogRepository lines,
                      Permissions permissions, EventBus events, ReportRepository reports, java.time.Clock clock,
                      HeldMessages held, ru.parta.chat.ChatModeration chatModeration, FilterHoldRepository holds) {
        this.chatModeration = chatModeration;
        this.holds = holds;
        this.held = held;
        // A message waiting for approval, or withdrawn meanwhile: the queues of its chat re-read.
        events.subscribe(HeldMessagesChanged.class, changed -> events.publish(new QueueChanged(changed.conversationId())));
        this.reports = reports;
        this.clock = clock;
        this.chats = chats;
        this.scopes = scopes;
        this.log = log;
        this.lines = lines;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public ChatMessage hideMessage(long messageId, ModerationReason reason, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage message = moderated(messageId, actor.accountId());
        if (message.deleted()) {
            throw PartaException.conflict("chat.message.deleted");
        }
        if (message.hidden()) {
            throw PartaException.conflict("moderation.alreadyHidden");
        }
        ChatMessage hidden = chatModeration.setMessageHidden(messageId, reason.name());
        log.append(actor.accountId(), "message.hidden", "MESSAGE", messageId, message.conversationId(), reason.name(),
                message.body());
        decideReports(messageId, "HIDDEN", actor.accountId());
        events.publish(new ModerationNotice(message.authorId(), message.conversationId(), messageId, reason.name(),
                false, null));
        return hidden;
    }

    @Transactional
    public ChatMessage restoreMessage(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage message = moderated(messageId, actor.accountId());
        if (!message.hidden()) {
            throw PartaException.conflict("moderation.notHidden");
        }
        ChatMessage shown = chatModeration.setMessageHidden(messageId, null);
        log.append(actor.accountId(), "message.restored", "MESSAGE", messageId, message.conversationId(),
                message.hiddenReason(), message.body());
        events.publish(new ModerationNotice(message.authorId(), message.conversationId(), messageId,
                message.hiddenReason(), true, null));
        return shown;
    }

    /**
     * A moderator removes one file of a message (the text and the other files stay); the author is
     * told, the message's reports are decided (a message left empty is hidden instead).
     */
    @Transactional
    public ChatMessage removeAttachment(long messageId, long fileId, ModerationReason reason, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage message = moderated(messageId, actor.accountId());
        if (message.deleted() || message.hidden()) {
            throw PartaException.conflict("moderation.report.gone");
        }
        ChatMessage.Attachment file = message.attachments().stream().filter(a -> a.fileId() == fileId).findFirst()
                .orElseThrow(() -> PartaException.notFound("moderation.attachment.gone"));
        ChatMessage changed = chatModeration.removeAttachment(messageId, fileId, reason.name(), actor.accountId());
        log.append(actor.accountId(), "attachment.removed", "FILE", fileId, message.conversationId(), reason.name(),
                messageId + " " + file.name());
        decideReports(messageId, changed.hidden() ? "HIDDEN" : "FILE_REMOVED", actor.accountId());
        events.publish(new ModerationNotice(message.authorId(), message.conversationId(), messageId, reason.name(),
                false, file.name()));
        return changed;
    }

    /** Closes the open reports of a message with an outcome; each reporter is told. */
    void decideReports(long messageId, String outcome, long moderatorId) {
        java.time.Instant now = java.time.Instant.now(clock);
        List<Report> open = reports.findByMessageIdAndStatus(messageId, "OPEN");
        for (Report report : open) {
            reports.update(report.decided(outcome, now, moderatorId));
            if (!report.byFilter()) {
                events.publish(new ReportDecided(report.reporterId(), messageId, outcome));
            }
        }
        if (!open.isEmpty()) {
            events.publish(new QueueChanged(open.getFirst().conversationId()));
        }
    }

    /** Warns the author of a message in a chat the person moderates (the author is told, the log keeps it). */
    @Transactional
    public void warnAuthor(long messageId, ModerationReason reason, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage message = moderated(messageId, actor.accountId());
        log.append(actor.accountId(), "author.warned", "MESSAGE", messageId, message.conversationId(), reason.name(),
                message.body());
        events.publish(new AuthorWarned(message.authorId(), message.conversationId(), reason.name(), null));
    }

    /** Mutes the author of a message in that chat for a while (1 minute to 30 days): they read but may not post. */
    @Transactional
    public java.time.Instant muteAuthor(long messageId, java.time.Duration duration, ModerationReason reason,
                                        Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage message = moderated(messageId, actor.accountId());
        if (duration.compareTo(java.time.Duration.ofMinutes(1)) < 0 || duration.compareTo(java.time.Duration.ofDays(30)) > 0) {
            throw PartaException.invalid("moderation.mute.duration");
        }
        if (message.authorId() == actor.accountId() || scopes.mayModerate(message.conversationId(), message.authorId())) {
            throw PartaException.conflict("moderation.mute.moderator");
        }
        java.time.Instant until = clock.instant().plus(duration);
        if (!chatModeration.setMutedUntil(message.conversationId(), message.authorId(), until)) {
            throw PartaException.conflict("moderation.mute.notMember");
        }
        log.append(actor.accountId(), "author.muted", "MESSAGE", messageId, message.conversationId(), reason.name(),
                until.toString());
        events.publish(new AuthorWarned(message.authorId(), message.conversationId(), reason.name(), until));
        return until;
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
        java.util.Map<Long, Boolean> scope = new java.util.HashMap<>();
        return held.findAwaitingReview().stream()
                .filter(p -> scope.computeIfAbsent(p.conversationId(), c -> scopes.mayModerate(c, viewerId))).toList();
    }

    /** Why a waiting message waits, when the filter held it (empty: the chat's pre-moderation). */
    public java.util.Optional<QueueItem.FlaggedBy> findHeldBy(long heldId) {
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

    /** Whether this person moderates this chat (the screens offer "hide" to them). */
    public boolean mayModerate(long conversationId, long accountId) {
        return scopes.mayModerate(conversationId, accountId);
    }

    /** Checks the whole chain: -1 when it holds, else the first broken line (0: lines cut off the end). */
    public long checkLogChain(Actor actor) {
        permissions.requireAdmin(actor);
        return log.findBreak();
    }

    /** The latest lines of the log, newest first, for administrators. */
    public List<ModerationRecord> findLogLines(Actor actor) {
        permissions.requireAdmin(actor);
        return lines.findTop200OrderByIdDesc();
    }

    /** The whole log as CSV (times in the school's zone), hashes included so a copy can be checked too. */
    public byte[] exportLogCsv(ZoneId zone, Actor actor) {
        permissions.requireAdmin(actor);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("id", "time", "actor", "action", "target", "target_id", "chat", "reason", "content_sha256",
                        "previous_sha256", "sha256").get())) {
            for (ModerationRecord line : lines.findAllOrderByIdAsc()) {
                csv.printRecord(line.id(), TIME.format(line.occurredAt().atZone(zone)), line.actorId(),
                        CsvCells.safe(line.action()), line.targetKind(), line.targetId(), line.conversationId(),
                        CsvCells.safe(line.reason()), line.contentHash(), line.previousHash(), line.hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A message of a chat the person moderates, locked for the decision; refused to anyone else. Must run
     * in the caller's transaction (every caller is a transactional write).
     */
    private ChatMessage moderated(long messageId, long moderatorId) {
        ChatMessage message = chatModeration.lockMessageForModeration(messageId);
        if (!scopes.mayModerate(message.conversationId(), moderatorId)) {
            throw PartaException.forbidden("moderation.outOfScope");
        }
        return message;
    }
}
