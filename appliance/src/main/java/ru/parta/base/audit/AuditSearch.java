package ru.parta.base.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the audit trail page by page with optional filters, newest first. */
@Singleton
public class AuditSearch {

    private final JdbcOperations jdbc;

    AuditSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> findEvents(AuditFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return query("SELECT id, occurred_at, actor_account_id, action, subject, client_address FROM audit_event"
                + where + " ORDER BY id DESC LIMIT ? OFFSET ?", params, rs -> {
                    List<AuditEvent> events = new ArrayList<>();
                    while (rs.next()) {
                        long actor = rs.getLong(3);
                        Long actorId = rs.wasNull() ? null : actor;
                        events.add(new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                actorId, rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                    return events;
                });
    }

    @Transactional(readOnly = true)
    public int countEvents(AuditFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return query("SELECT COUNT(*) FROM audit_event" + where, params, rs -> {
            rs.next();
            return rs.getInt(1);
        });
    }

    private static String where(AuditFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" AND LOWER(action) LIKE ? ESCAPE '\\'");
            params.add(contains(filter.action()));
        }
        if (filter.actorAccountId() != null) {
            where.append(" AND actor_account_id = ?");
            params.add(filter.actorAccountId());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            where.append(" AND LOWER(subject) LIKE ? ESCAPE '\\'");
            params.add(contains(filter.subject()));
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        return where.toString();
    }

    private static String contains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    private <T> T query(String sql, List<Object> params, ResultReader<T> reader) {
        return jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            try {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return reader.read(rs);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Audit query failed", e);
            }
        });
    }

    @FunctionalInterface
    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
