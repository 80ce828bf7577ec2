package ru.parta.moderation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import ru.parta.channel.CommentService;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatModeration;

/**
 * Moderators' direct actions: hiding a message or a comment at once with a reason (readers see
 * "удалено модератором" and the reason in its place, live; the author is told), showing it again,
 * removing one file of a message; each action a line of the hash-chained moderation log, which
 * administrators verify and export.
 */
@Singleton
public class ModerationService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final ModerationTargets targets;
    private final ChatModeration chatModeration;
    private final CommentService comments;
    private final ModerationScopes scopes;
    private final ModerationLog log;
    private final ModerationLogRepository lines;
    private final ReportRepository reports;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    ModerationService(ModerationTargets targets, ChatModeration chatModeration, CommentService comments,
                      ModerationScopes scopes, ModerationLog log, ModerationLogRepository lines, ReportRepository reports,
                      Permissions permissions, EventBus events, Clock clock) {
        this.targets = targets;
        this.chatModeration = chatModeration;
        this.comments = comments;
        this.scopes = scopes;
        this.log = log;
        this.lines = lines;
        this.reports = reports;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
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
        decideReports(QueueKey.message(messageId), "HIDDEN", actor.accountId());
        events.publish(ModerationNotice.ofMessage(message.authorId(), message.conversationId(), messageId, reason.name(),
                false));
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
        events.publish(ModerationNotice.ofMessage(message.authorId(), message.conversationId(), messageId,
                message.hiddenReason(), true));
        return shown;
    }

    /** A moderator hides a comment on a post with a reason: readers see the reason in its place, the author is told. */
    @Transactional
    public void hideComment(long commentId, ModerationReason reason, Actor actor) {
        permissions.requirePerson(actor);
        ModerationTargets.Target comment = targets.lockComment(commentId, actor.accountId());
        if (comment.hidden()) {
            throw PartaException.conflict("moderation.alreadyHidden");
        }
        comments.setCommentHidden(commentId, reason.name());
        log.append(actor.accountId(), "comment.hidden", "COMMENT", commentId, comment.conversationId(), reason.name(),
                comment.body());
        decideReports(comment.key(), "HIDDEN", actor.accountId());
        events.publish(ModerationNotice.ofComment(comment.authorId(), comment.conversationId(), comment.key().messageId(),
                reason.name(), false));
    }

    @Transactional
    public void restoreComment(long commentId, Actor actor) {
        permissions.requirePerson(actor);
        ModerationTargets.Target comment = targets.lockComment(commentId, actor.accountId());
        if (!comment.hidden()) {
            throw PartaException.conflict("moderation.notHidden");
        }
        comments.setCommentHidden(commentId, null);
        log.append(actor.accountId(), "comment.restored", "COMMENT", commentId, comment.conversationId(),
                comment.hiddenReason(), comment.body());
        events.publish(ModerationNotice.ofComment(comment.authorId(), comment.conversationId(), comment.key().messageId(),
                comment.hiddenReason(), true));
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
        decideReports(QueueKey.message(messageId), changed.hidden() ? "HIDDEN" : "FILE_REMOVED",
                actor.accountId());
        events.publish(ModerationNotice.ofFile(message.authorId(), message.conversationId(), messageId, reason.name(),
                file.name()));
        return changed;
    }

    /** Closes the open reports and flags of an item with an outcome; each reporter is told. */
    void decideReports(QueueKey key, String outcome, long moderatorId) {
        java.time.Instant now = java.time.Instant.now(clock);
        List<Report> open = reports.findByMessageIdAndPostCommentIdAndStatus(key.messageId(), key.commentId(), "OPEN");
        for (Report report : open) {
            reports.update(report.decided(outcome, now, moderatorId));
            if (!report.byFilter()) {
                events.publish(new ReportDecided(report.reporterId(), key.messageId(), outcome));
            }
        }
        if (!open.isEmpty()) {
            events.publish(new QueueChanged(open.getFirst().conversationId()));
        }
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

    /** The hash the chain ends with now: a copy that ends with it is complete up to this moment. */
    public String findLogHeadHash(Actor actor) {
        permissions.requireAdmin(actor);
        return lines.findHeadHash();
    }

    /** The latest lines of the log, newest first, for administrators. */
    public List<ModerationRecord> findLogLines(Actor actor) {
        permissions.requireAdmin(actor);
        return lines.findTop200OrderByIdDesc();
    }

    /**
     * The whole log as CSV (times in the school's zone, and in UTC exactly as hashed), hashes included so
     * a copy can be checked outside Parta ({@link LogCopyCheck}, {@code ./parta.sh moderation-verify}).
     */
    public byte[] exportLogCsv(ZoneId zone, Actor actor) {
        permissions.requireAdmin(actor);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(LogCopyCheck.HEADER).get())) {
            for (ModerationRecord line : lines.findAllOrderByIdAsc()) {
                csv.printRecord(line.id(), TIME.format(line.occurredAt().atZone(zone)), line.occurredAt(), line.actorId(),
                        CsvCells.safe(line.action()), line.targetKind(), line.targetId(), line.conversationId(),
                        CsvCells.safe(line.reason()), line.contentHash(), line.previousHash(), line.hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A message of a chat the person moderates, locked for the decision (callers are transactional writes). */
    private ChatMessage moderated(long messageId, long moderatorId) {
        return targets.lockMessage(messageId, moderatorId).message();
    }
}
