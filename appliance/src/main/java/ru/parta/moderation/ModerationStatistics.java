package ru.parta.moderation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.chat.ChatService;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/** Works out {@link ModerationStats} for the last days, from the queue's items and the moderation log. */
@Singleton
public class ModerationStatistics {

    static final int MAX_DAYS = 366;

    private final ReportRepository reports;
    private final ModerationLogRepository lines;
    private final ChatService chats;
    private final ClassService classes;
    private final Permissions permissions;
    private final Clock clock;

    ModerationStatistics(ReportRepository reports, ModerationLogRepository lines, ChatService chats,
                         ClassService classes, Permissions permissions, Clock clock) {
        this.reports = reports;
        this.lines = lines;
        this.chats = chats;
        this.classes = classes;
        this.permissions = permissions;
        this.clock = clock;
    }

    public ModerationStats findStatistics(int days, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR);
        if (days < 1 || days > MAX_DAYS) {
            throw PartaException.invalid("moderation.stats.period");
        }
        Instant since = clock.instant().minus(Duration.ofDays(days));
        Map<Long, List<Report>> byMessage = new LinkedHashMap<>();
        for (Report report : reports.findByCreatedAtGreaterThanEqualsOrderByIdAsc(since)) {
            byMessage.computeIfAbsent(report.messageId(), k -> new ArrayList<>()).add(report);
        }
        Map<String, int[]> byReason = new LinkedHashMap<>();
        Map<String, int[]> byClass = new HashMap<>();
        Map<Long, String> classOfChat = new HashMap<>();
        List<Duration> decisionTimes = new ArrayList<>();
        for (List<Report> item : byMessage.values()) {
            Report first = item.getFirst();
            ModerationReason reason = item.stream().map(r -> ModerationReason.valueOf(r.reason()))
                    .max(Comparator.comparingInt(ReportService::severity)).orElseThrow();
            Instant decidedAt = item.stream().map(Report::decidedAt).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            boolean decided = item.stream().noneMatch(r -> "OPEN".equals(r.status()));
            if (decided && decidedAt != null) {
                decisionTimes.add(Duration.between(first.createdAt(), decidedAt));
            }
            count(byReason, reason.name(), decided);
            count(byClass, classOfChat.computeIfAbsent(first.conversationId(), this::classLabel), decided);
        }
        decisionTimes.sort(Comparator.naturalOrder());
        List<ModerationStats.Row> classRows = rows(byClass);
        classRows.sort(Comparator.comparing((ModerationStats.Row row) -> row.key().isEmpty())
                .thenComparing(ModerationStats.Row::key));
        List<ModerationStats.Row> reasonRows = rows(byReason);
        reasonRows.sort(Comparator.comparingInt((ModerationStats.Row row) -> row.items()).reversed());
        return new ModerationStats(days, byMessage.size(), decisionTimes.size(), percentile(decisionTimes, 50),
                percentile(decisionTimes, 90), reasonRows, classRows, count("filter.refused", since),
                count("filter.held", since), count("filter.flagged", since), count("message.hidden", since));
    }

    private int count(String action, Instant since) {
        return (int) lines.countByActionAndOccurredAtGreaterThanEquals(action, since);
    }

    private String classLabel(long conversationId) {
        Long classId = chats.findConversation(conversationId).classId();
        return classId == null ? "" : classes.findClass(classId).map(SchoolClass::label).orElse("");
    }

    private static void count(Map<String, int[]> counts, String key, boolean decided) {
        int[] row = counts.computeIfAbsent(key, k -> new int[2]);
        row[0]++;
        if (decided) {
            row[1]++;
        }
    }

    private static List<ModerationStats.Row> rows(Map<String, int[]> counts) {
        List<ModerationStats.Row> rows = new ArrayList<>();
        counts.forEach((key, row) -> rows.add(new ModerationStats.Row(key, row[0], row[1])));
        return rows;
    }

    /** The nearest-rank percentile of sorted durations; null when there are none. */
    static @io.micronaut.core.annotation.Nullable Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
