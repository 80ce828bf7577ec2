package ru.parta.broadcast;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface BroadcastScheduleRepository extends CrudRepository<BroadcastSchedule, Long> {

    @Query("SELECT * FROM broadcast_schedule WHERE cancelled_at IS NULL AND (last_day IS NULL OR last_day >= :from) ORDER BY start_time, id")
    List<BroadcastSchedule> findActive(LocalDate from);

    @Query("SELECT * FROM broadcast_schedule WHERE id = :id FOR UPDATE")
    Optional<BroadcastSchedule> findForUpdate(long id);

    @Query("UPDATE broadcast_schedule SET last_run_day = :day WHERE id = :id")
    void ran(long id, LocalDate day);

    @Query("UPDATE broadcast_schedule SET cancelled_at = :at WHERE id = :id")
    void cancel(long id, Instant at);

    @Query("INSERT INTO schedule_display (schedule_id, display_id) VALUES (:scheduleId, :displayId)")
    void addDisplay(long scheduleId, long displayId);

    @Query("SELECT display_id FROM schedule_display WHERE schedule_id = :scheduleId ORDER BY display_id")
    List<Long> findDisplays(long scheduleId);
}
