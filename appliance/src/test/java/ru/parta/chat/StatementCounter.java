package ru.parta.chat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.ResultSet;

/**
 * Counts the statements H2 executed, from its own query statistics: the sum of execution counts
 * over every distinct statement, not counting the statistics query itself.
 */
final class StatementCounter {

    private final JdbcOperations jdbc;

    StatementCounter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        jdbc.execute(c -> {
            c.createStatement().execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
            c.createStatement().execute("SET QUERY_STATISTICS TRUE");
            return null;
        });
    }

    long executed() {
        return jdbc.execute(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                long total = 0;
                while (rs.next()) {
                    if (!rs.getString(1).contains("QUERY_STATISTICS")) {
                        total += rs.getLong(2);
                    }
                }
                return total;
            }
        });
    }
}
