package ru.parta.channel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ru.parta.base.Sql;
import ru.parta.school.ClassLabel;

/**
 * The reads behind an acknowledgement sheet, set-based whatever the audience: the readers with
 * their confirmations (one query), their classes (two: students', and parents' through their
 * children), the marks of families told outside Parta (one).
 */
@Singleton
class AckSheets {

    private final JdbcOperations jdbc;

    AckSheets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The channel's present readers, and anyone who confirmed and has left since (they did read
     * it), by name.
     */
    @Transactional(readOnly = true)
    List<AckSheet.Entry> findEntries(long conversationId, long messageId) {
        record Row(long accountId, String name, Instant at) {
        }
        List<Row> rows = new Sql().append("""
                SELECT a.id, a.full_name, k.acknowledged_at FROM conversation_member m
                JOIN account a ON a.id = m.account_id
                LEFT JOIN acknowledgement k ON k.message_id = ? AND k.account_id = m.account_id
                WHERE m.conversation_id = ? AND (m.left_at IS NULL AND m.may_post = FALSE
                  OR k.account_id IS NOT NULL)""", messageId, conversationId)
                .query(jdbc, rs -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getObject(3) == null ? null : Sql.instant(rs.getObject(3))));
        Map<Long, TreeSet<String>> classes = new HashMap<>();
        Map<Long, String> kinds = new HashMap<>();
        new Sql().append("""
                SELECT e.student_id, sc.grade, sc.letter FROM conversation_member m
                JOIN enrolment e ON e.student_id = m.account_id
                JOIN school_class sc ON sc.id = e.class_id AND sc.graduated_year IS NULL
                WHERE m.conversation_id = ?""", conversationId).query(jdbc, rs -> {
            classes.computeIfAbsent(rs.getLong(1), k -> labels()).add(ClassLabel.of(rs.getInt(2), rs.getString(3)));
            kinds.put(rs.getLong(1), "STUDENT");
            return null;
        });
        new Sql().append("""
                SELECT g.parent_id, sc.grade, sc.letter FROM conversation_member m
                JOIN guardianship g ON g.parent_id = m.account_id
                JOIN enrolment e ON e.student_id = g.child_id
                JOIN school_class sc ON sc.id = e.class_id AND sc.graduated_year IS NULL
                WHERE m.conversation_id = ?""", conversationId).query(jdbc, rs -> {
            classes.computeIfAbsent(rs.getLong(1), k -> labels()).add(ClassLabel.of(rs.getInt(2), rs.getString(3)));
            kinds.putIfAbsent(rs.getLong(1), "PARENT");
            return null;
        });
        new Sql().append("""
                SELECT DISTINCT r.account_id FROM conversation_member m JOIN account_role r ON r.account_id = m.account_id
                WHERE m.conversation_id = ? AND r.role IN ('ADMIN', 'DIRECTOR', 'TEACHER')""", conversationId)
                .query(jdbc, rs -> kinds.putIfAbsent(rs.getLong(1), "STAFF"));
        List<AckSheet.Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            entries.add(new AckSheet.Entry(row.accountId(), row.name(), kinds.getOrDefault(row.accountId(), "STAFF"),
                    List.copyOf(classes.getOrDefault(row.accountId(), labels())), row.at()));
        }
        entries.sort(Comparator.comparing((AckSheet.Entry e) -> e.classes().isEmpty() ? "" : e.classes().getFirst(),
                        AckSheet::compareLabels)
                .thenComparing(AckSheet.Entry::fullName));
        return entries;
    }

    /** Who told which family and when: opt-out id → (when, by whom). */
    @Transactional(readOnly = true)
    Map<Long, Informed> findInformed(long messageId) {
        Map<Long, Informed> informed = new LinkedHashMap<>();
        new Sql().append("""
                SELECT o.opt_out_id, o.informed_at, a.full_name FROM ack_outside o
                JOIN account a ON a.id = o.informed_by WHERE o.message_id = ?""", messageId)
                .query(jdbc, rs -> informed.put(rs.getLong(1), new Informed(Sql.instant(rs.getObject(2)), rs.getString(3))));
        return informed;
    }

    /** The readers who have not confirmed yet (present members only: those a reminder can reach). */
    @Transactional(readOnly = true)
    List<Long> findPending(long conversationId, long messageId) {
        return new Sql().append("""
                SELECT m.account_id FROM conversation_member m
                WHERE m.conversation_id = ? AND m.left_at IS NULL AND m.may_post = FALSE
                AND NOT EXISTS (SELECT 1 FROM acknowledgement k WHERE k.message_id = ? AND k.account_id = m.account_id)""",
                conversationId, messageId).query(jdbc, rs -> rs.getLong(1));
    }

    /**
     * Announcements someone must still confirm: in the channels they read, not deleted, delivered
     * after they joined, newest first.
     */
    @Transactional(readOnly = true)
    List<Waiting> findWaiting(long accountId, int limit) {
        return new Sql().append("""
                SELECT x.id, x.conversation_id, c.title, c.system_key, x.body, x.delivered_at,
                  (SELECT MAX(r.sent_at) FROM ack_reminder r WHERE r.message_id = x.id)
                FROM conversation_member m
                JOIN conversation c ON c.id = m.conversation_id
                JOIN message x ON x.ack_required = TRUE AND x.conversation_id = m.conversation_id
                WHERE m.account_id = ? AND m.left_at IS NULL AND m.may_post = FALSE AND x.deleted_at IS NULL
                AND x.delivered_at >= m.joined_at
                AND NOT EXISTS (SELECT 1 FROM acknowledgement k WHERE k.message_id = x.id AND k.account_id = ?)
                ORDER BY x.id DESC LIMIT ?""", accountId, accountId, limit)
                .query(jdbc, rs -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Sql.instant(rs.getObject(6)),
                        rs.getObject(7) == null ? null : Sql.instant(rs.getObject(7))));
    }

    /** When the reader confirmed each of these messages that they did confirm (one query). */
    @Transactional(readOnly = true)
    Map<Long, Instant> findAcknowledged(long accountId, java.util.Collection<Long> messageIds) {
        Map<Long, Instant> found = new HashMap<>();
        new Sql().append("SELECT message_id, acknowledged_at FROM acknowledgement WHERE account_id = ? AND message_id IN ",
                accountId).appendIn(messageIds).query(jdbc, rs -> found.put(rs.getLong(1), Sql.instant(rs.getObject(2))));
        return found;
    }

    record Informed(Instant at, String by) {
    }

    private static TreeSet<String> labels() {
        return new TreeSet<>(AckSheet::compareLabels);
    }

}
