package ru.parta.base;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A statement built in pieces with its parameters kept in order beside the text. */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public Sql append(String fragment, Object... values) {
        text.append(fragment);
        parameters.addAll(List.of(values));
        return this;
    }

    /** "(?, ?, ?)" for the values; callers never pass an empty collection. */
    public Sql appendIn(Collection<?> values) {
        text.append('(');
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "?" : ", ?");
        }
        text.append(')');
        parameters.addAll(values);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** Escapes LIKE wildcards in what a person typed, so "%" searches for a percent sign. */
    /** A TIMESTAMP WITH TIME ZONE column as read by the driver (H2 gives OffsetDateTime), as an instant. */
    public static java.time.Instant instant(Object value) {
        return switch (value) {
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case java.time.Instant instant -> instant;
            default -> throw new IllegalStateException("Not a time: " + value);
        };
    }

    public static String likeContains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Runs the statement on the current transaction's connection and reads every row. */
    public <T> List<T> query(JdbcOperations jdbc, RowReader<T> reader) {
        return jdbc.prepareStatement(text(), (PreparedStatement statement) -> {
            try {
                bind(statement);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Query failed: " + text(), e);
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows it touched. */
    public int update(JdbcOperations jdbc) {
        return jdbc.prepareStatement(text(), (PreparedStatement statement) -> {
            try {
                bind(statement);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Update failed: " + text(), e);
            }
        });
    }

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
