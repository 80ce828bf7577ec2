package ru.parta.broadcast;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface EmergencyAlertRepository extends CrudRepository<EmergencyAlert, Long> {

    /** Uncleared alerts, locked: raising and clearing are made one at a time. */
    @Query("SELECT * FROM emergency_alert WHERE cleared_at IS NULL ORDER BY id FOR UPDATE")
    List<EmergencyAlert> lockUncleared();

    @Query("SELECT * FROM emergency_alert WHERE cleared_at IS NULL ORDER BY id DESC")
    List<EmergencyAlert> findUncleared();

    @Query("UPDATE emergency_alert SET cleared_at = :at, cleared_by = :by WHERE id = :id")
    void clear(long id, Instant at, @io.micronaut.core.annotation.Nullable Long by);

    @Query("SELECT * FROM emergency_alert ORDER BY id DESC LIMIT :limit")
    List<EmergencyAlert> findLatest(int limit);
}
