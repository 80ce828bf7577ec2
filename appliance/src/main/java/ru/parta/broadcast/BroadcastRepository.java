package ru.parta.broadcast;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Broadcasts, their pictures and the usage log's rows. */
@JdbcRepository(dialect = Dialect.H2)
interface BroadcastRepository extends CrudRepository<Broadcast, Long> {

    /** The broadcast, locked until the change's transaction ends: two controllers change it one at a time. */
    @Query("SELECT * FROM broadcast WHERE id = :id FOR UPDATE")
    Optional<Broadcast> findForUpdate(long id);

    @Query("SELECT * FROM broadcast WHERE stopped_at IS NULL ORDER BY id")
    List<Broadcast> findUnstopped();

    @Query("SELECT * FROM broadcast WHERE stopped_at IS NULL AND ends_at <= :now")
    List<Broadcast> findDue(Instant now);

    @Query("INSERT INTO broadcast_image (broadcast_id, position, file_id) VALUES (:broadcastId, :position, :fileId)")
    void addImage(long broadcastId, int position, long fileId);

    @Query("SELECT file_id FROM broadcast_image WHERE broadcast_id = :broadcastId ORDER BY position")
    List<Long> findImages(long broadcastId);

    @Query("INSERT INTO display_usage (display_id, broadcast_id, started_at) VALUES (:displayId, :broadcastId, :at)")
    void openUsage(long displayId, long broadcastId, Instant at);

    @Query("UPDATE display_usage SET ended_at = :at WHERE display_id = :displayId AND ended_at IS NULL")
    void closeUsage(long displayId, Instant at);

    @Query("""
            UPDATE display_usage SET confirmed_at = :at
            WHERE display_id = :displayId AND broadcast_id = :broadcastId AND ended_at IS NULL AND confirmed_at IS NULL""")
    int confirmUsage(long displayId, long broadcastId, Instant at);
}
