package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.channel.CommentService;
import ru.parta.channel.ModeratedComment;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;

/**
 * Readers report a message (a post, a poll, a message with files) or a comment on a post, with a
 * reason and an optional comment, once each and never their own; it goes to the queue of that chat's
 * moderators ({@link ModerationQueue}). The reporter is told the outcome and sees it among their reports.
 */
@Singleton
public class ReportService {

    static final int COMMENT_MAX = 500;

    private final ReportRepository reports;
    private final ModerationScopes scopes;
    private final ModerationLog log;
    private final ChatService chats;
    private final CommentService comments;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    ReportService(ReportRepository reports, ModerationScopes scopes, ModerationLog log, ChatService chats,
                  CommentService comments, Permissions permissions, EventBus events, Clock clock) {
        this.reports = reports;
        this.scopes = scopes;
        this.log = log;
        this.chats = chats;
        this.comments = comments;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void reportMessage(long messageId, ModerationReason reason, @Nullable String comment, Actor actor) {
        permissions.requirePerson(actor);
        long reporterId = actor.accountId();
        ChatMessage message = chats.findMessage(messageId, reporterId);
        if (message.authorId() == reporterId) {
            throw PartaException.invalid("moderation.report.own");
        }
        if (message.deleted() || message.hidden()) {
            throw PartaException.conflict("moderation.report.gone");
        }
        file(QueueKey.message(messageId), message.conversationId(), reason, comment, reporterId, message.body());
    }

    @Transactional
    public void reportComment(long commentId, ModerationReason reason, @Nullable String comment, Actor actor) {
        permissions.requirePerson(actor);
        long reporterId = actor.accountId();
        ModeratedComment reported = comments.findCommentForModeration(commentId);
        chats.findMessage(reported.messageId(), reporterId);  // only a reader of the post may report its comments
        if (reported.authorId() == reporterId) {
            throw PartaException.invalid("moderation.report.own");
        }
        if (reported.hidden()) {
            throw PartaException.conflict("moderation.report.gone");
        }
        file(new QueueKey(reported.messageId(), commentId), reported.conversationId(), reason, comment, reporterId,
                reported.body());
    }

    private void file(QueueKey key, long conversationId, ModerationReason reason, @Nullable String comment,
                      long reporterId, String content) {
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > COMMENT_MAX) {
            throw PartaException.invalid("moderation.report.commentTooLong", COMMENT_MAX);
        }
        if (reports.existsByMessageIdAndPostCommentIdAndReporterId(key.messageId(), key.commentId(), reporterId)) {
            throw PartaException.conflict("moderation.report.twice");
        }
        try {
            reports.save(Report.filed(key, conversationId, reporterId, reason.name(), note, clock.instant()));
        } catch (DataAccessException twice) {
            throw PartaException.conflict("moderation.report.twice");
        }
        log.append(reporterId, "report.filed", key.targetKind(), key.targetId(), conversationId, reason.name(),
                content);
        events.publish(new QueueChanged(conversationId));
    }

    /** Whether this person moderates any chat (the menu offers the queue to them). */
    public boolean isModerator(long accountId) {
        return scopes.moderatesSomething(accountId);
    }

    /** The person's own reports, newest first, with what became of each. */
    public List<MyReport> findMyReports(long viewerId) {
        return reports.findTop50ByReporterIdOrderByIdDesc(viewerId).stream()
                .map(r -> new MyReport(r.messageId(), r.conversationId(), r.reason(), r.createdAt(), r.status(),
                        r.postCommentId() > 0))
                .toList();
    }

    /** Unlawful content first, then another's data and bullying, then insults, then the rest. */
    static int severity(ModerationReason reason) {
        return switch (reason) {
            case EXTREMISM, DRUGS, SUICIDE, PORNOGRAPHY, GAMBLING, UNLAWFUL -> 3;
            case PERSONAL_DATA, BULLYING -> 2;
            case INSULT -> 1;
            case SPAM, OTHER -> 0;
        };
    }
}
