package ru.parta.broadcast;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Displays and their keepers (the teachers of the room). */
@JdbcRepository(dialect = Dialect.H2)
interface DisplayRepository extends CrudRepository<Display, Long> {

    Optional<Display> findByCredentialHashAndRevokedAtIsNull(String credentialHash);

    @Query("SELECT * FROM display WHERE revoked_at IS NULL ORDER BY name, id")
    List<Display> findPaired();

    @Query("SELECT * FROM display WHERE revoked_at IS NULL AND id IN (:ids) ORDER BY id FOR UPDATE")
    List<Display> lockPaired(List<Long> ids);

    @Query("SELECT * FROM display WHERE revoked_at IS NULL ORDER BY id FOR UPDATE")
    List<Display> lockAllPaired();

    @Query("SELECT * FROM display WHERE revoked_at IS NULL AND broadcast_id = :broadcastId ORDER BY id")
    List<Display> findShowing(long broadcastId);

    @Query("UPDATE display SET broadcast_id = :broadcastId WHERE id = :id")
    void assign(long id, @io.micronaut.core.annotation.Nullable Long broadcastId);

    @Query("UPDATE display SET name = :name WHERE id = :id")
    void rename(long id, String name);

    @Query("UPDATE display SET revoked_at = :at, broadcast_id = NULL WHERE id = :id AND revoked_at IS NULL")
    int revoke(long id, Instant at);

    @Query("UPDATE display SET last_seen_at = :at WHERE id = :id")
    void seen(long id, Instant at);

    @Query("UPDATE display SET screen = :screen WHERE id = :id")
    void measured(long id, String screen);

    @Query("SELECT COUNT(*) FROM display WHERE revoked_at IS NULL AND LOWER(name) = LOWER(:name) AND id <> :id")
    int countNamed(String name, long id);

    /** Every display's teachers in one read (the control screens refresh often). */
    @Query("SELECT display_id, account_id FROM display_keeper ORDER BY display_id, account_id")
    List<KeeperRow> findAllKeepers();

    @Query("SELECT display_id FROM display_keeper WHERE account_id = :accountId")
    List<Long> findKept(long accountId);

    @Query("INSERT INTO display_keeper (display_id, account_id) VALUES (:displayId, :accountId)")
    void addKeeper(long displayId, long accountId);

    @Query("DELETE FROM display_keeper WHERE display_id = :displayId")
    void removeKeepers(long displayId);
}
