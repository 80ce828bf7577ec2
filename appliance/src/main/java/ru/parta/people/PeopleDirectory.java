package ru.parta.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.PersonName;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.Sql;
import ru.parta.school.ClassLabel;

/**
 * Who may see whom, as one query: administrators and the director see everyone; everybody else
 * sees the people they share a class, a parent chat, a group or the staff room with. Pages are
 * read with LIMIT/OFFSET (a directory of ~2,000 people sorted by name) and decorated with two
 * more queries per page, whatever its size.
 */
@Singleton
public class PeopleDirectory {

    private static final String STAFF_ROLES = "('ADMIN', 'DIRECTOR', 'TEACHER')";

    private final JdbcOperations jdbc;

    PeopleDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PersonRow> findPeople(AccountSummary viewer, PeopleFilter filter, int offset, int limit) {
        Sql sql = new Sql().append("SELECT a.id, a.full_name, a.status, a.teacher_verified FROM account a WHERE ");
        where(sql, viewer, filter);
        sql.append(" ORDER BY a.name_key, a.id LIMIT ? OFFSET ?", limit, offset);
        List<PersonRow> bare = query(sql, rs -> new PersonRow(rs.getLong(1), rs.getString(2), Set.of(),
                AccountStatus.valueOf(rs.getString(3)), rs.getBoolean(4), null, List.of()));
        return decorate(bare);
    }

    @Transactional(readOnly = true)
    public int countPeople(AccountSummary viewer, PeopleFilter filter) {
        Sql sql = new Sql().append("SELECT COUNT(*) FROM account a WHERE ");
        where(sql, viewer, filter);
        return query(sql, rs -> rs.getInt(1)).getFirst();
    }

    /** One person as the viewer may see them; someone outside their circle is "not found". */
    @Transactional(readOnly = true)
    public PersonRow findPerson(AccountSummary viewer, long personId) {
        Sql sql = new Sql().append("SELECT a.id, a.full_name, a.status, a.teacher_verified FROM account a"
                + " WHERE a.id = ? AND ", personId);
        visibleTo(sql, viewer);
        List<PersonRow> bare = query(sql, rs -> new PersonRow(rs.getLong(1), rs.getString(2), Set.of(),
                AccountStatus.valueOf(rs.getString(3)), rs.getBoolean(4), null, List.of()));
        if (bare.isEmpty()) {
            throw PartaException.notFound("person.notFound");
        }
        return decorate(bare).getFirst();
    }

    /** Whether the viewer may see this person at all (any status). */
    @Transactional(readOnly = true)
    public boolean canSee(AccountSummary viewer, long personId) {
        Sql sql = new Sql().append("SELECT COUNT(*) FROM account a WHERE a.id = ? AND ", personId);
        visibleTo(sql, viewer);
        return query(sql, rs -> rs.getInt(1)).getFirst() > 0;
    }

    /** Administrators and the director may browse the whole school. */
    public static boolean seesEveryone(AccountSummary viewer) {
        return viewer.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
    }

    private void where(Sql sql, AccountSummary viewer, PeopleFilter filter) {
        visibleTo(sql, viewer);
        if (filter.status() != null) {
            sql.append(" AND a.status = ?", filter.status().name());
        } else {
            sql.append(" AND a.status NOT IN ('LEFT', 'ERASED')");
        }
        String text = filter.text() == null ? "" : PersonName.key(filter.text());
        if (!text.isEmpty()) {
            sql.append(" AND a.name_key LIKE ? ESCAPE '\\'", Sql.likeContains(text));
        }
        if (filter.role() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = ?)",
                    filter.role().name());
        }
        if (filter.classId() != null) {
            long c = filter.classId();
            sql.append(" AND (a.id IN (SELECT e.student_id FROM enrolment e WHERE e.class_id = ?)", c)
                    .append(" OR a.id IN (SELECT g.parent_id FROM guardianship g JOIN enrolment e"
                            + " ON e.student_id = g.child_id WHERE e.class_id = ?)", c)
                    .append(" OR a.id IN (SELECT sc.class_teacher_id FROM school_class sc WHERE sc.id = ?)", c)
                    .append(" OR a.id IN (SELECT t.teacher_id FROM teaching t WHERE t.class_id = ?))", c);
        }
        if (filter.groupId() != null) {
            long g = filter.groupId();
            sql.append(" AND (a.id IN (SELECT m.account_id FROM group_member m WHERE m.group_id = ?)", g)
                    .append(" OR (EXISTS (SELECT 1 FROM school_group sg WHERE sg.id = ? AND sg.kind = 'STAFF_ROOM')", g)
                    .append(" AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role IN "
                            + STAFF_ROLES + ")))");
        }
    }

    private static void visibleTo(Sql sql, AccountSummary viewer) {
        if (seesEveryone(viewer)) {
            sql.append("1 = 1");
            return;
        }
        long v = viewer.id();
        String taught = "(SELECT sc.id FROM school_class sc WHERE sc.class_teacher_id = ? AND sc.graduated_year IS NULL"
                + " UNION SELECT t.class_id FROM teaching t WHERE t.teacher_id = ?)";
        String ownClass = "(SELECT e.class_id FROM enrolment e WHERE e.student_id = ?)";
        String childrensClasses = "(SELECT e.class_id FROM guardianship g JOIN enrolment e"
                + " ON e.student_id = g.child_id WHERE g.parent_id = ?)";
        sql.append("(a.id = ?", v)
                // students of the classes I lead or teach, and their parents
                .append(" OR a.id IN (SELECT e.student_id FROM enrolment e WHERE e.class_id IN " + taught + ")", v, v)
                .append(" OR a.id IN (SELECT g.parent_id FROM guardianship g JOIN enrolment e"
                        + " ON e.student_id = g.child_id WHERE e.class_id IN " + taught + ")", v, v)
                // the teachers of every class I belong to in any way
                .append(" OR a.id IN (SELECT sc.class_teacher_id FROM school_class sc WHERE sc.id IN " + ownClass
                        + " OR sc.id IN " + childrensClasses + ")", v, v)
                .append(" OR a.id IN (SELECT t.teacher_id FROM teaching t WHERE t.class_id IN " + ownClass
                        + " OR t.class_id IN " + childrensClasses + ")", v, v)
                // classmates; the other parents of my children's classes (the parent chat)
                .append(" OR a.id IN (SELECT e.student_id FROM enrolment e WHERE e.class_id IN " + ownClass + ")", v)
                .append(" OR a.id IN (SELECT g.parent_id FROM guardianship g JOIN enrolment e"
                        + " ON e.student_id = g.child_id WHERE e.class_id IN " + childrensClasses + ")", v)
                // my children, my parents
                .append(" OR a.id IN (SELECT g.child_id FROM guardianship g WHERE g.parent_id = ?)", v)
                .append(" OR a.id IN (SELECT g.parent_id FROM guardianship g WHERE g.child_id = ?)", v)
                // the people of my groups
                .append(" OR a.id IN (SELECT m.account_id FROM group_member m WHERE m.group_id IN"
                        + " (SELECT m2.group_id FROM group_member m2 WHERE m2.account_id = ?))", v);
        if (viewer.isStaff()) {
            // the staff room
            sql.append(" OR EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role IN "
                    + STAFF_ROLES + ")");
        }
        sql.append(")");
    }

    private List<PersonRow> decorate(List<PersonRow> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        List<Long> ids = bare.stream().map(PersonRow::id).toList();
        Map<Long, Set<Role>> roles = new HashMap<>();
        query(new Sql().append("SELECT account_id, role FROM account_role WHERE account_id IN ").appendIn(ids),
                rs -> roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))));
        Map<Long, String> classes = new HashMap<>();
        query(new Sql().append("SELECT e.student_id, sc.grade, sc.letter FROM enrolment e"
                        + " JOIN school_class sc ON sc.id = e.class_id WHERE e.student_id IN ").appendIn(ids),
                rs -> classes.put(rs.getLong(1), ClassLabel.of(rs.getInt(2), rs.getString(3))));
        Map<Long, List<String>> children = new HashMap<>();
        query(new Sql().append("SELECT g.parent_id, c.full_name, sc.grade, sc.letter FROM guardianship g"
                        + " JOIN account c ON c.id = g.child_id LEFT JOIN enrolment e ON e.student_id = c.id"
                        + " LEFT JOIN school_class sc ON sc.id = e.class_id WHERE g.parent_id IN ").appendIn(ids)
                        .append(" ORDER BY c.name_key"),
                rs -> children.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)
                        + (rs.getString(4) == null ? "" : " (" + ClassLabel.of(rs.getInt(3), rs.getString(4)) + ")")));
        return bare.stream().map(row -> new PersonRow(row.id(), row.fullName(), roles.getOrDefault(row.id(), Set.of()),
                row.status(), row.teacherVerified(), classes.get(row.id()),
                children.getOrDefault(row.id(), List.of()))).toList();
    }

    private <T> List<T> query(Sql sql, Sql.RowReader<T> reader) {
        return sql.query(jdbc, reader);
    }


}
