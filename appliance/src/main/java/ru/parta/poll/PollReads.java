package ru.parta.poll;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.parta.base.Sql;

/** Reads across a poll's chat and its voters, set-based: who has not voted, who chose what. */
@Singleton
class PollReads {

    private final JdbcOperations jdbc;

    PollReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The chat's present members who have not voted, by name (the author left out). */
    @Transactional(readOnly = true)
    List<String> findNonVoters(long pollId, long conversationId, long authorId) {
        return new Sql().append("""
                SELECT a.full_name FROM conversation_member m JOIN account a ON a.id = m.account_id
                WHERE m.conversation_id = ? AND m.left_at IS NULL AND m.account_id <> ?
                AND NOT EXISTS (SELECT 1 FROM poll_voter v WHERE v.poll_id = ? AND v.account_id = m.account_id)
                ORDER BY a.full_name""", conversationId, authorId, pollId).query(jdbc, rs -> rs.getString(1));
    }

    /** A named poll's voters with their choices (option texts in the poll's order) and the time. */
    @Transactional(readOnly = true)
    List<Named> findNamedVotes(long pollId) {
        Map<Long, Named> byVoter = new LinkedHashMap<>();
        new Sql().append("""
                SELECT a.full_name, o.text, c.voted_at, c.account_id FROM poll_choice c
                JOIN account a ON a.id = c.account_id JOIN poll_option o ON o.id = c.option_id
                WHERE c.poll_id = ? ORDER BY a.full_name, c.account_id, o.position""", pollId).query(jdbc, rs -> {
            String voter = rs.getString(1);
            Instant at = Sql.instant(rs.getObject(3));
            Named named = byVoter.computeIfAbsent(rs.getLong(4), k -> new Named(voter, new ArrayList<>(), at));
            named.choices().add(rs.getString(2));
            return null;
        });
        return List.copyOf(byVoter.values());
    }

    /** A person's votes for their own-data archive: named ones with choices, anonymous ones as a mark. */
    @Transactional(readOnly = true)
    List<List<String>> findVotesOf(long accountId) {
        List<List<String>> rows = new ArrayList<>();
        new Sql().append("""
                SELECT p.id, p.question, p.anonymous,
                  (SELECT LISTAGG(o.text, ' | ') WITHIN GROUP (ORDER BY o.position) FROM poll_choice c
                   JOIN poll_option o ON o.id = c.option_id WHERE c.poll_id = p.id AND c.account_id = ?)
                FROM poll_voter v JOIN poll p ON p.id = v.poll_id WHERE v.account_id = ? ORDER BY p.id""",
                accountId, accountId).query(jdbc, rs -> rows.add(List.of(rs.getString(1), rs.getString(2),
                rs.getBoolean(3) ? "anonymous" : "named", rs.getString(4) == null ? "" : rs.getString(4))));
        return rows;
    }

    record Named(String voter, List<String> choices, Instant at) {
    }

}
