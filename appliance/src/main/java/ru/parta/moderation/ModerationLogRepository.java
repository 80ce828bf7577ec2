package ru.parta.moderation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface ModerationLogRepository extends CrudRepository<ModerationRecord, Long> {

    List<ModerationRecord> findAllOrderByIdAsc();

    List<ModerationRecord> findTop200OrderByIdDesc();

    long countByActionAndOccurredAtGreaterThanEquals(String action, java.time.Instant since);

    /** Locks the head row until the transaction ends: appends to the chain happen one at a time. */
    @Query("UPDATE moderation_log_head SET last_id = last_id WHERE id = 1")
    void lockHead();

    @Query("SELECT last_hash FROM moderation_log_head WHERE id = 1")
    String findHeadHash();

    @Query("SELECT last_id FROM moderation_log_head WHERE id = 1")
    long findHeadId();

    @Query("UPDATE moderation_log_head SET last_id = :lastId, last_hash = :lastHash WHERE id = 1")
    void moveHead(long lastId, String lastHash);
}
