package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;

/**
 * Readers report a message with a reason; the chat's moderators find it in their queue (the most
 * severe first, then the oldest) with the chat around it and decide: hide it or dismiss the reports.
 * The reporter is told and sees the outcome among their reports.
 */
@Singleton
public class ReportService {

    static final int COMMENT_MAX = 500;
    static final int CONTEXT = 2;

    private final ReportRepository reports;
    private final ModerationService moderation;
    private final ModerationScopes scopes;
    private final ModerationLog log;
    private final ChatService chats;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    ReportService(ReportRepository reports, ModerationService moderation, ModerationScopes scopes, ModerationLog log,
                  ChatService chats, Permissions permissions, EventBus events, Clock clock) {
        this.reports = reports;
        this.moderation = moderation;
        this.scopes = scopes;
        this.log = log;
        this.chats = chats;
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
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > COMMENT_MAX) {
            throw PartaException.invalid("moderation.report.commentTooLong", COMMENT_MAX);
        }
        if (reports.existsByMessageIdAndReporterId(messageId, reporterId)) {
            throw PartaException.conflict("moderation.report.twice");
        }
        try {
            reports.save(new Report(null, messageId, message.conversationId(), reporterId, reason.name(), note,
                    clock.instant(), "OPEN", null, null));
        } catch (DataAccessException twice) {
            throw PartaException.conflict("moderation.report.twice");
        }
        log.append(reporterId, "report.filed", "MESSAGE", messageId, message.conversationId(), reason.name(),
                message.body());
        events.publish(new QueueChanged(message.conversationId()));
    }

    /** The moderator dismisses the reports of a message: it stays, the reporters are told. */
    @Transactional
    public void dismissReports(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage message = chats.findMessageForModeration(messageId);
        if (!scopes.mayModerate(message.conversationId(), actor.accountId())) {
            throw PartaException.forbidden("moderation.outOfScope");
        }
        if (reports.findByMessageIdAndStatus(messageId, "OPEN").isEmpty()) {
            throw PartaException.conflict("moderation.report.decided");
        }
        log.append(actor.accountId(), "report.dismissed", "MESSAGE", messageId, message.conversationId(), null,
                message.body());
        moderation.decideReports(messageId, "DISMISSED", actor.accountId());
    }

    /** The open reports of the chats the viewer moderates, a message an item: most severe, then oldest, first. */
    public List<QueueItem> findQueue(long viewerId) {
        Map<Long, List<Report>> byMessage = new LinkedHashMap<>();
        for (Report report : reports.findByStatusOrderByIdAsc("OPEN")) {
            byMessage.computeIfAbsent(report.messageId(), k -> new ArrayList<>()).add(report);
        }
        Map<Long, Boolean> scope = new java.util.HashMap<>();
        List<QueueItem> items = new ArrayList<>();
        for (Map.Entry<Long, List<Report>> entry : byMessage.entrySet()) {
            List<Report> filed = entry.getValue();
            long chat = filed.getFirst().conversationId();
            if (!scope.computeIfAbsent(chat, c -> scopes.mayModerate(c, viewerId))) {
                continue;
            }
            List<ChatMessage> context = chats.findContextForModeration(entry.getKey(), CONTEXT);
            ChatMessage message = context.stream().filter(m -> m.id() == entry.getKey()).findFirst().orElseThrow();
            List<ModerationReason> reasons = filed.stream().map(r -> ModerationReason.valueOf(r.reason())).distinct()
                    .sorted(Comparator.comparingInt(ReportService::severity).reversed()).toList();
            items.add(new QueueItem(message, context, reasons, filed.stream().map(Report::comment)
                    .filter(java.util.Objects::nonNull).toList(), filed.size(), filed.getFirst().createdAt()));
        }
        items.sort(Comparator.comparingInt((QueueItem item) -> severity(item.reasons().getFirst())).reversed()
                .thenComparing(QueueItem::waitingSince));
        return items;
    }

    /** Whether this person moderates any chat (the menu offers the queue to them). */
    public boolean isModerator(long accountId) {
        return scopes.moderatesSomething(accountId);
    }

    /** The person's own reports, newest first, with what became of each. */
    public List<MyReport> findMyReports(long viewerId) {
        return reports.findTop50ByReporterIdOrderByIdDesc(viewerId).stream()
                .map(r -> new MyReport(r.messageId(), r.conversationId(), r.reason(), r.createdAt(), r.status()))
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
