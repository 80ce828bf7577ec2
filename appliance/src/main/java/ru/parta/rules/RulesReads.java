package ru.parta.rules;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import ru.parta.base.Sql;
import ru.parta.school.ClassLabel;

/** The acceptance list in four set-based reads: people who can sign in, their acceptances, classes and roles. */
@Singleton
class RulesReads {

    private final JdbcOperations jdbc;

    RulesReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone active, and anyone who accepted and has left since, by group then name. */
    @Transactional(readOnly = true)
    List<RulesSheet.Entry> findEntries(long editionId, Function<String, String> roleNames) {
        record Row(long id, String name, Instant at) {
        }
        List<Row> rows = new Sql().append("""
                SELECT a.id, a.full_name, r.accepted_at FROM account a
                LEFT JOIN rules_acceptance r ON r.account_id = a.id AND r.edition_id = ?
                WHERE a.status = 'ACTIVE' OR r.account_id IS NOT NULL""", editionId)
                .query(jdbc, rs -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getObject(3) == null ? null : Sql.instant(rs.getObject(3))));
        Map<Long, TreeSet<String>> groups = new HashMap<>();
        new Sql().append("""
                SELECT e.student_id, sc.grade, sc.letter FROM enrolment e
                JOIN school_class sc ON sc.id = e.class_id AND sc.graduated_year IS NULL""").query(jdbc, rs ->
                groups.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(ClassLabel.of(rs.getInt(2),
                        rs.getString(3))));
        new Sql().append("""
                SELECT g.parent_id, sc.grade, sc.letter FROM guardianship g JOIN enrolment e ON e.student_id = g.child_id
                JOIN school_class sc ON sc.id = e.class_id AND sc.graduated_year IS NULL""").query(jdbc, rs ->
                groups.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(roleNames.apply("PARENT") + " "
                        + ClassLabel.of(rs.getInt(2), rs.getString(3))));
        new Sql().append("SELECT account_id, role FROM account_role WHERE role IN ('ADMIN', 'DIRECTOR', 'TEACHER')")
                .query(jdbc, rs -> groups.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                        .add(roleNames.apply(rs.getString(2))));
        List<RulesSheet.Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            entries.add(new RulesSheet.Entry(row.name(), String.join(", ", groups.getOrDefault(row.id(),
                    new TreeSet<>())), row.at()));
        }
        entries.sort(Comparator.comparing(RulesSheet.Entry::group).thenComparing(RulesSheet.Entry::fullName));
        return entries;
    }

}
