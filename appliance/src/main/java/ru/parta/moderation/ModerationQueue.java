package ru.parta.moderation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.channel.CommentService;
import ru.parta.channel.ModeratedComment;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatModeration;

/**
 * The moderators' queue: the open reports and the filter's flags of the chats a moderator
 * moderates, an item per message or comment, the most severe first, then the oldest; what a
 * moderator passed to the administrators is theirs alone, and first. Moderators dismiss an item
 * (the reporters are told) or pass it on; hiding and the other actions are {@link ModerationService}'s.
 */
@Singleton
public class ModerationQueue {

    static final int CONTEXT = 2;

    private final ReportRepository reports;
    private final ModerationService moderation;
    private final ModerationScopes scopes;
    private final ModerationLog log;
    private final ChatModeration chatModeration;
    private final CommentService comments;
    private final ModerationTargets targets;
    private final ru.parta.chat.HeldMessages held;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    ModerationQueue(ReportRepository reports, ModerationService moderation, ModerationScopes scopes, ModerationLog log,
                    ChatModeration chatModeration, CommentService comments, ModerationTargets targets,
                    ru.parta.chat.HeldMessages held, Permissions permissions, EventBus events, Clock clock) {
        this.targets = targets;
        this.held = held;
        this.reports = reports;
        this.moderation = moderation;
        this.scopes = scopes;
        this.log = log;
        this.chatModeration = chatModeration;
        this.comments = comments;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    public List<QueueItem> findQueue(long viewerId) {
        Map<QueueKey, List<Report>> byKey = new LinkedHashMap<>();
        for (Report report : reports.findByStatusOrderByIdAsc("OPEN")) {
            byKey.computeIfAbsent(report.key(), k -> new ArrayList<>()).add(report);
        }
        boolean administrator = scopes.isAdministrator(viewerId);
        Map<Long, Boolean> scope = new HashMap<>();
        List<QueueItem> items = new ArrayList<>();
        for (Map.Entry<QueueKey, List<Report>> entry : byKey.entrySet()) {
            List<Report> filed = entry.getValue();
            long chat = filed.getFirst().conversationId();
            boolean escalated = filed.stream().anyMatch(r -> r.escalatedAt() != null);
            if (escalated && !administrator || !scope.computeIfAbsent(chat, c -> scopes.mayModerate(c, viewerId))) {
                continue;
            }
            items.add(item(entry.getKey(), filed, escalated));
        }
        items.sort(Comparator.comparing(QueueItem::escalated).reversed()
                .thenComparing(Comparator.comparingInt((QueueItem item) -> ReportService.severity(item.reasons()
                        .getFirst())).reversed())
                .thenComparing(QueueItem::waitingSince));
        return items;
    }

    private QueueItem item(QueueKey key, List<Report> filed, boolean escalated) {
        List<ChatMessage> context = chatModeration.findContextForModeration(key.messageId(), key.comment() ? 0 : CONTEXT);
        ChatMessage message = context.stream().filter(m -> m.id() == key.messageId()).findFirst().orElseThrow();
        ModeratedComment comment = key.comment() ? comments.findCommentForModeration(key.commentId()) : null;
        List<ModerationReason> reasons = filed.stream().map(r -> ModerationReason.valueOf(r.reason())).distinct()
                .sorted(Comparator.comparingInt(ReportService::severity).reversed()).toList();
        List<Report> byPeople = filed.stream().filter(r -> !r.byFilter()).toList();
        List<QueueItem.FlaggedBy> flags = filed.stream().filter(Report::byFilter)
                .map(r -> new QueueItem.FlaggedBy(r.ruleId(), r.comment())).toList();
        return new QueueItem(key, message, comment, context, reasons, byPeople.stream().map(Report::comment)
                .filter(Objects::nonNull).toList(), byPeople.size(), flags, filed.getFirst().createdAt(), escalated);
    }

    /** Whether this person moderates this chat (its queue changes concern them). */
    public boolean mayModerate(long conversationId, long viewerId) {
        return scopes.mayModerate(conversationId, viewerId);
    }

    /**
     * How many items wait for this moderator: queue items in their scope (passed-on ones for
     * administrators only) and messages waiting for approval. What the menu's count shows.
     */
    public int countWaiting(long viewerId) {
        if (!scopes.moderatesSomething(viewerId)) {
            return 0;
        }
        boolean administrator = scopes.isAdministrator(viewerId);
        Map<Long, Boolean> scope = new HashMap<>();
        Map<QueueKey, Boolean> escalatedByKey = new HashMap<>();
        for (Report report : reports.findByStatusOrderByIdAsc("OPEN")) {
            if (scope.computeIfAbsent(report.conversationId(), c -> scopes.mayModerate(c, viewerId))) {
                escalatedByKey.merge(report.key(), report.escalatedAt() != null, Boolean::logicalOr);
            }
        }
        long items = escalatedByKey.values().stream().filter(escalated -> administrator || !escalated).count();
        long waiting = held.findAwaitingReview().stream()
                .filter(p -> scope.computeIfAbsent(p.conversationId(), c -> scopes.mayModerate(c, viewerId))).count();
        return (int) (items + waiting);
    }

    /** The moderator dismisses an item: it stays, the reporters are told. */
    @Transactional
    public void dismissReports(QueueKey key, Actor actor) {
        permissions.requirePerson(actor);
        ModerationTargets.Target target = targets.lock(key, actor.accountId());
        if (reports.findByMessageIdAndPostCommentIdAndStatus(key.messageId(), key.commentId(), "OPEN").isEmpty()) {
            throw PartaException.conflict("moderation.report.decided");
        }
        log.append(actor.accountId(), "report.dismissed", key.targetKind(), key.targetId(), target.conversationId(),
                null, target.body());
        moderation.decideReports(key, "DISMISSED", actor.accountId());
    }

    /**
     * A moderator passes an item to the administrators (a matter for the school's management, or
     * beyond what a class teacher should decide): it leaves their queue and tops the administrators'.
     */
    @Transactional
    public void escalateReports(QueueKey key, Actor actor) {
        permissions.requirePerson(actor);
        ModerationTargets.Target target = targets.lock(key, actor.accountId());
        if (scopes.isAdministrator(actor.accountId())) {
            throw PartaException.conflict("moderation.escalate.admin");
        }
        List<Report> open = reports.findByMessageIdAndPostCommentIdAndStatus(key.messageId(), key.commentId(), "OPEN");
        if (open.isEmpty()) {
            throw PartaException.conflict("moderation.report.decided");
        }
        if (open.stream().anyMatch(r -> r.escalatedAt() != null)) {
            throw PartaException.conflict("moderation.escalate.already");
        }
        Instant now = clock.instant();
        for (Report report : open) {
            reports.update(report.escalated(now, actor.accountId()));
        }
        log.append(actor.accountId(), "report.escalated", key.targetKind(), key.targetId(), target.conversationId(),
                null, target.body());
        events.publish(new QueueChanged(target.conversationId()));
    }
}
