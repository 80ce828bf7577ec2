package ru.parta.chat;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.AccountActivated;
import ru.parta.access.AccountChanged;
import ru.parta.access.AccountCreated;
import ru.parta.base.Sql;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.ReactionLane;
import ru.parta.people.PeopleChanged;
import ru.parta.school.ClassChanged;
import ru.parta.school.GroupChanged;

/**
 * Keeps class, parent and group chats in step with the roster. Every current class has a class
 * chat (its students, class teacher and subject teachers) and a parent chat (its students'
 * parents and the class teacher); every group has a chat of its members, the staff room of all
 * staff. After any change to classes, people or groups the wanted membership is computed in one
 * query and compared with the present one; only the difference is written. Channels' audiences
 * come from {@link ManagedMembers} (ru.parta.channel) and are synced the same way.
 */
@Context
class ClassChats {

    private static final Logger LOG = LoggerFactory.getLogger(ClassChats.class);

    /** Every (chat, person) pair the roster asks for, before dropping people who left or were erased. */
    private static final List<String> WANTED = List.of(
            "SELECT c.id, e.student_id, e.student_id FROM conversation c JOIN school_class sc ON sc.id = c.class_id"
                    + " JOIN enrolment e ON e.class_id = sc.id WHERE c.kind = 'CLASS' AND sc.graduated_year IS NULL",
            "SELECT c.id, sc.class_teacher_id, sc.class_teacher_id FROM conversation c"
                    + " JOIN school_class sc ON sc.id = c.class_id WHERE c.kind IN ('CLASS', 'PARENTS')"
                    + " AND sc.graduated_year IS NULL AND sc.class_teacher_id IS NOT NULL",
            "SELECT c.id, t.teacher_id, t.teacher_id FROM conversation c JOIN school_class sc ON sc.id = c.class_id"
                    + " JOIN teaching t ON t.class_id = sc.id WHERE c.kind = 'CLASS' AND sc.graduated_year IS NULL",
            // A parent stays while the child they are here for is still in the class.
            "SELECT c.id, g.parent_id, e.student_id FROM conversation c JOIN school_class sc ON sc.id = c.class_id"
                    + " JOIN enrolment e ON e.class_id = sc.id JOIN guardianship g ON g.child_id = e.student_id"
                    + " WHERE c.kind = 'PARENTS' AND sc.graduated_year IS NULL",
            "SELECT c.id, gm.account_id, gm.account_id FROM conversation c JOIN group_member gm"
                    + " ON gm.group_id = c.group_id WHERE c.kind = 'GROUP'");

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ConversationRepository conversations;
    private final EventBus events;
    private final Clock clock;
    private final ReactionLane lane;
    private final AtomicBoolean syncRequested = new AtomicBoolean();
    private final List<ManagedMembers> others;

    ClassChats(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
               ConversationRepository conversations, EventBus events, Clock clock, ReactionLane lane,
               List<ManagedMembers> others) {
        this.lane = lane;
        this.others = others;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.conversations = conversations;
        this.events = events;
        this.clock = clock;
        events.subscribe(ClassChanged.class, e -> requestSync());
        events.subscribe(PeopleChanged.class, e -> requestSync());
        events.subscribe(GroupChanged.class, e -> requestSync());
        events.subscribe(AccountChanged.class, e -> requestSync());
        events.subscribe(AccountCreated.class, e -> requestSync());
        events.subscribe(AccountActivated.class, e -> requestSync());
        events.subscribe(ManagedMembersChanged.class, e -> requestSync());
    }

    /**
     * Runs a sync on the reaction lane, off the request that changed the roster; the requests that
     * arrive before it starts share it (an import of a thousand people is one sync, not a thousand).
     */
    void requestSync() {
        if (syncRequested.compareAndSet(false, true)) {
            lane.submit(() -> {
                syncRequested.set(false);
                syncChats();
            });
        }
    }

    @EventListener
    void onStartup(StartupEvent started) {
        syncChats();
    }

    /** Brings every class, parent and group chat in line with the roster; returns the people affected. */
    synchronized Set<Long> syncChats() {
        Set<Long> affected = transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                status -> sync());
        if (!affected.isEmpty()) {
            LOG.debug("Chats synchronised with the roster: {} people affected", affected.size());
            events.publish(new ChatsChanged(affected));
        }
        return affected;
    }

    private Set<Long> sync() {
        Instant now = clock.instant();
        createMissingChats(now);
        Map<Long, Map<Long, Boolean>> wanted = wanted();
        record Row(long id, long conversationId, long accountId, boolean present, boolean mayPost) {
        }
        List<Row> rows = new Sql().append("""
                SELECT m.id, m.conversation_id, m.account_id, m.left_at IS NULL, m.may_post FROM conversation_member m
                JOIN conversation c ON c.id = m.conversation_id
                WHERE c.kind IN ('CLASS', 'PARENTS', 'GROUP', 'CHANNEL')""")
                .query(jdbc, rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getBoolean(5)));
        Set<Long> affected = new HashSet<>();
        Map<Long, Map<Long, Row>> present = new HashMap<>();
        for (Row row : rows) {
            present.computeIfAbsent(row.conversationId(), k -> new HashMap<>()).put(row.accountId(), row);
            Boolean mayPost = wanted.getOrDefault(row.conversationId(), Map.of()).get(row.accountId());
            if (row.present() && mayPost == null) {
                new Sql().append("UPDATE conversation_member SET left_at = ? WHERE id = ?", now, row.id()).update(jdbc);
                affected.add(row.accountId());
            } else if (!row.present() && mayPost != null) {
                new Sql().append("UPDATE conversation_member SET left_at = NULL, may_post = ?,"
                        + " read_up_to = GREATEST(read_up_to, COALESCE((SELECT last_message_id FROM conversation"
                        + " WHERE id = ?), 0)) WHERE id = ?", mayPost, row.conversationId(), row.id()).update(jdbc);
                affected.add(row.accountId());
            } else if (mayPost != null && mayPost != row.mayPost()) {
                new Sql().append("UPDATE conversation_member SET may_post = ? WHERE id = ?", mayPost, row.id())
                        .update(jdbc);
                affected.add(row.accountId());
            }
        }
        wanted.forEach((conversationId, accountIds) -> accountIds.forEach((accountId, mayPost) -> {
            if (!present.getOrDefault(conversationId, Map.of()).containsKey(accountId)) {
                new Sql().append("INSERT INTO conversation_member (conversation_id, account_id, managed, joined_at,"
                        + " read_up_to, may_post) SELECT id, ?, TRUE, ?, COALESCE(last_message_id, 0), ? FROM"
                        + " conversation WHERE id = ?", accountId, now, mayPost, conversationId).update(jdbc);
                affected.add(accountId);
            }
        }));
        if (!affected.isEmpty()) {
            conversations.recount();
        }
        return affected;
    }

    /**
     * Simple joins, each led by the few chats, with the people filters applied here: H2 plans a
     * single query mixing them badly (it led with the account table and ran for minutes).
     */
    private Map<Long, Map<Long, Boolean>> wanted() {
        Set<Long> live = new HashSet<>(new Sql().append("SELECT id FROM account WHERE status IN ('ACTIVE', 'PENDING')")
                .query(jdbc, rs -> rs.getLong(1)));
        Map<Long, Map<Long, Boolean>> wanted = new HashMap<>();
        for (String query : WANTED) {
            new Sql().append(query).query(jdbc, rs -> {
                if (live.contains(rs.getLong(2)) && live.contains(rs.getLong(3))) {
                    wanted.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), true);
                }
                return null;
            });
        }
        for (ManagedMembers other : others) {
            other.findWantedMembers().forEach((chat, people) -> people.forEach((accountId, mayPost) -> {
                if (live.contains(accountId)) {
                    wanted.computeIfAbsent(chat, k -> new HashMap<>()).merge(accountId, mayPost, Boolean::logicalOr);
                }
            }));
        }
        List<Long> staffRooms = new Sql().append("SELECT c.id FROM conversation c JOIN school_group g ON g.id = c.group_id"
                + " WHERE c.kind = 'GROUP' AND g.kind = 'STAFF_ROOM'").query(jdbc, rs -> rs.getLong(1));
        if (!staffRooms.isEmpty()) {
            Set<Long> staff = new HashSet<>(new Sql().append("SELECT DISTINCT account_id FROM account_role"
                    + " WHERE role IN ('ADMIN', 'DIRECTOR', 'TEACHER')").query(jdbc, rs -> rs.getLong(1)));
            staff.retainAll(live);
            staffRooms.forEach(room -> staff.forEach(person ->
                    wanted.computeIfAbsent(room, k -> new HashMap<>()).put(person, true)));
        }
        return wanted;
    }

    private void createMissingChats(Instant now) {
        for (String kind : List.of("CLASS", "PARENTS")) {
            new Sql().append("INSERT INTO conversation (kind, class_id, created_at, last_activity_at, member_count,"
                    + " supervised) SELECT ?, sc.id, ?, ?, 0, TRUE FROM school_class sc WHERE sc.graduated_year IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM conversation c WHERE c.kind = ? AND c.class_id = sc.id)",
                    kind, now, now, kind).update(jdbc);
        }
        new Sql().append("INSERT INTO conversation (kind, group_id, created_at, last_activity_at, member_count,"
                + " supervised) SELECT 'GROUP', g.id, ?, ?, 0, TRUE FROM school_group g"
                + " WHERE NOT EXISTS (SELECT 1 FROM conversation c WHERE c.kind = 'GROUP' AND c.group_id = g.id)",
                now, now).update(jdbc);
    }
}
