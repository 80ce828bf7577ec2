package ru.parta.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface AccountSessionRepository extends CrudRepository<AccountSession, String> {

    List<AccountSession> findByAccountIdAndEndedAtIsNullOrderByLastSeenAtDesc(Long accountId);

    @Query("UPDATE account_session SET last_seen_at = :now WHERE id = :id AND ended_at IS NULL AND last_seen_at < :before")
    int touch(String id, Instant now, Instant before);

    @Query("UPDATE account_session SET ended_at = :now, end_reason = :reason WHERE id = :id AND ended_at IS NULL")
    int end(String id, Instant now, String reason);
}
