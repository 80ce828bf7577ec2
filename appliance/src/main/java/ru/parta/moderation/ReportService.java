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
    private final ru.parta.chat.ChatModeration chatModeration;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    ReportService(ReportRepository reports, ModerationService moderation, ModerationScopes scopes, ModerationLog log,
                  ChatService chats, ru.parta.chat.ChatModeration chatModeration, Permissions permissions,
                  EventBus events, Clock clock) {
        this.chatModeration = chatModeration;
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
            reports.save(Report.filed(messageId, message.conversationId(), reporterId, reason.name(), note,
                    clock.instant()));
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
        ChatMessage message = chatModeration.lockMessageForModeration(messageId);
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

    /**
     * The open reports and flags of the chats the viewer moderates, a message an item: most severe,
     * then oldest, first. What a moderator passed to the administrators is theirs alone from then on.
     */
    public List<QueueItem> findQueue(long viewerId) {
        Map<Long, List<Report>> byMessage = new LinkedHashMap<>();
        for (Report report : reports.findByStatusOrderByIdAsc("OPEN")) {
            byMessage.computeIfAbsent(report.messageId(), k -> new ArrayList<>()).add(report);
        }
        boolean administrator = scopes.isAdministrator(viewerId);
        Map<Long, Boolean> scope = new java.util.HashMap<>();
        List<QueueItem> items = new ArrayList<>();
        for (Map.Entry<Long, List<Report>> entry : byMessage.entrySet()) {
            List<Report> filed = entry.getValue();
            long chat = filed.getFirst().conversationId();
            boolean escalated = filed.stream().anyMatch(r -> r.escalatedAt() != null);
            if (escalated && !administrator || !scope.computeIfAbsent(chat, c -> scopes.mayModerate(c, viewerId))) {
                continue;
            }
            List<ChatMessage> context = chatModeration.findContextForModeration(entry.getKey(), CONTEXT);
            ChatMessage message = context.stream().filter(m -> m.id() == entry.getKey()).findFirst().orElseThrow();
            List<ModerationReason> reasons = filed.stream().map(r -> ModerationReason.valueOf(r.reason())).distinct()
                    .sorted(Comparator.comparingInt(ReportService::severity).reversed()).toList();
            List<Report> byPeople = filed.stream().filter(r -> !r.byFilter()).toList();
            List<QueueItem.FlaggedBy> flags = filed.stream().filter(Report::byFilter)
                    .map(r -> new QueueItem.FlaggedBy(r.ruleId(), r.comment())).toList();
            items.add(new QueueItem(message, context, reasons, byPeople.stream().map(Report::comment)
                    .filter(java.util.Objects::nonNull).toList(), byPeople.size(), flags,
                    filed.getFirst().createdAt(), escalated));
        }
        items.sort(Comparator.comparing(QueueItem::escalated).reversed()
                .thenComparing(Comparator.comparingInt((QueueItem item) -> severity(item.reasons().getFirst())).reversed())
                .thenComparing(QueueItem::waitingSince));
        return items;
    }

    /**
     * A moderator passes an item to the administrators (a matter for the school's management, or
     * beyond what a class teacher should decide): it leaves their queue and tops the administrators'.
     */
    @Transactional
    public void escalateReports(long messageId, Actor actor) {
        permissions.requirePerson(actor);
        ChatMessage message = chatModeration.lockMessageForModeration(messageId);
        if (!scopes.mayModerate(message.conversationId(), actor.accountId())) {
            throw PartaException.forbidden("moderation.outOfScope");
        }
        if (scopes.isAdministrator(actor.accountId())) {
            throw PartaException.conflict("moderation.escalate.admin");
        }
        List<Report> open = reports.findByMessageIdAndStatus(messageId, "OPEN");
        if (open.isEmpty()) {
            throw PartaException.conflict("moderation.report.decided");
        }
        if (open.stream().anyMatch(r -> r.escalatedAt() != null)) {
            throw PartaException.conflict("moderation.escalate.already");
        }
        java.time.Instant now = clock.instant();
        for (Report report : open) {
            reports.update(report.escalated(now, actor.accountId()));
        }
        log.append(actor.accountId(), "report.escalated", "MESSAGE", messageId, message.conversationId(), null,
                message.body());
        events.publish(new QueueChanged(message.conversationId()));
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
