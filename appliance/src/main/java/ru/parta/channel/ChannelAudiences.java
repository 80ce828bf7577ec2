package ru.parta.channel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.parta.base.Sql;
import ru.parta.chat.ManagedMembers;

/**
 * Who a channel reaches, from the roster tables: the people of its audience parts read it, its
 * authors (the chosen ones, and administrators and the director in the system channels) post. The
 * chat sync asks for all channels at once and writes only the difference.
 */
@Singleton
class ChannelAudiences implements ManagedMembers {

    private static final String STAFF_ROLES = "('ADMIN', 'DIRECTOR', 'TEACHER')";

    private final JdbcOperations jdbc;
    private final ChannelRepository channels;
    private final AudienceLineRepository lines;

    ChannelAudiences(JdbcOperations jdbc, ChannelRepository channels, AudienceLineRepository lines) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.lines = lines;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Boolean>> findWantedMembers() {
        Map<Long, Map<Long, Boolean>> wanted = new HashMap<>();
        Map<String, Set<Long>> roleCache = new HashMap<>();
        for (Channel channel : channels.findAll()) {
            Map<Long, Boolean> people = new HashMap<>();
            List<AudiencePart> parts = lines.findByChannelIdOrderByIdAsc(channel.id()).stream()
                    .map(AudienceLine::part).toList();
            resolve(parts, roleCache).forEach(id -> people.put(id, false));
            authors(channel, roleCache).forEach(id -> people.put(id, true));
            wanted.put(channel.conversationId(), people);
        }
        return wanted;
    }

    /** The people an audience reaches now (authors not counted). */
    @Transactional(readOnly = true)
    Set<Long> resolve(List<AudiencePart> parts) {
        return resolve(parts, new HashMap<>());
    }

    /** Everyone who may post: the chosen authors, and administrators and the director in a system channel. */
    @Transactional(readOnly = true)
    Set<Long> authors(Channel channel) {
        return authors(channel, new HashMap<>());
    }

    /** The classes whose parents an audience reaches: where the call list looks for families outside Parta. */
    @Transactional(readOnly = true)
    Set<Long> findParentClasses(List<AudiencePart> parts) {
        Set<Long> classes = new HashSet<>();
        for (AudiencePart part : parts) {
            if (!part.parents() || part.groupId() != null) {
                continue;
            }
            if (part.classId() != null) {
                classes.add(part.classId());
            } else {
                classes.addAll(ids("SELECT id FROM school_class WHERE graduated_year IS NULL"));
            }
        }
        return classes;
    }

    private Set<Long> authors(Channel channel, Map<String, Set<Long>> roleCache) {
        Set<Long> authors = new HashSet<>(channels.findAuthorIds(channel.id()));
        if (channel.isSystem()) {
            authors.addAll(roleCache.computeIfAbsent("ADMIN,DIRECTOR", k -> ids(
                    "SELECT account_id FROM account_role WHERE role IN ('ADMIN', 'DIRECTOR')")));
        }
        return authors;
    }

    private Set<Long> resolve(List<AudiencePart> parts, Map<String, Set<Long>> roleCache) {
        Set<Long> people = new HashSet<>();
        for (AudiencePart part : parts) {
            if (part.groupId() != null) {
                people.addAll(groupMembers(part.groupId(), roleCache));
            } else if (part.classId() != null) {
                long classId = part.classId();
                if (part.students()) {
                    people.addAll(ids("SELECT e.student_id FROM enrolment e JOIN school_class sc ON sc.id = e.class_id"
                            + " WHERE e.class_id = ? AND sc.graduated_year IS NULL", classId));
                }
                if (part.parents()) {
                    people.addAll(ids("SELECT g.parent_id FROM enrolment e JOIN school_class sc ON sc.id = e.class_id"
                            + " JOIN guardianship g ON g.child_id = e.student_id"
                            + " WHERE e.class_id = ? AND sc.graduated_year IS NULL", classId));
                }
                if (part.staff()) {
                    people.addAll(ids("SELECT class_teacher_id FROM school_class WHERE id = ?"
                            + " AND class_teacher_id IS NOT NULL AND graduated_year IS NULL", classId));
                    people.addAll(ids("SELECT t.teacher_id FROM teaching t JOIN school_class sc ON sc.id = t.class_id"
                            + " WHERE t.class_id = ? AND sc.graduated_year IS NULL", classId));
                }
            } else {
                if (part.students()) {
                    people.addAll(role("STUDENT", "('STUDENT')", roleCache));
                }
                if (part.parents()) {
                    people.addAll(role("PARENT", "('PARENT')", roleCache));
                }
                if (part.staff()) {
                    people.addAll(role("STAFF", STAFF_ROLES, roleCache));
                }
            }
        }
        return people;
    }

    /** A group's members; the staff room has no member rows, its members are all staff. */
    private Set<Long> groupMembers(long groupId, Map<String, Set<Long>> roleCache) {
        boolean staffRoom = !ids("SELECT id FROM school_group WHERE id = ? AND kind = 'STAFF_ROOM'", groupId).isEmpty();
        return staffRoom ? role("STAFF", STAFF_ROLES, roleCache)
                : ids("SELECT account_id FROM group_member WHERE group_id = ?", groupId);
    }

    private Set<Long> role(String key, String roles, Map<String, Set<Long>> roleCache) {
        return roleCache.computeIfAbsent(key, k -> ids(
                "SELECT DISTINCT r.account_id FROM account_role r JOIN account a ON a.id = r.account_id"
                        + " WHERE r.role IN " + roles + " AND a.status IN ('ACTIVE', 'PENDING')"));
    }

    private Set<Long> ids(String query, Object... values) {
        return new HashSet<>(new Sql().append(query, values).query(jdbc, rs -> rs.getLong(1)));
    }
}
