package ru.parta.channel;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

/** Reminders, and the rows of acknowledgements and of families told outside Parta (no entity of their own). */
@JdbcRepository(dialect = Dialect.H2)
interface AcknowledgementRepository extends CrudRepository<AckReminder, Long> {

    Optional<AckReminder> findFirstByMessageIdOrderBySentAtDesc(long messageId);

    @Query("SELECT COUNT(*) FROM acknowledgement WHERE message_id = :messageId AND account_id = :accountId")
    int countAcknowledgements(long messageId, long accountId);

    @Query("INSERT INTO acknowledgement (message_id, account_id, acknowledged_at) VALUES (:messageId, :accountId, :at)")
    void acknowledge(long messageId, long accountId, Instant at);

    @Query("SELECT COUNT(*) FROM ack_outside WHERE message_id = :messageId AND opt_out_id = :optOutId")
    int countInformed(long messageId, long optOutId);

    @Query("INSERT INTO ack_outside (message_id, opt_out_id, informed_at, informed_by)"
            + " VALUES (:messageId, :optOutId, :at, :by)")
    void markInformed(long messageId, long optOutId, Instant at, long by);

    @Query("DELETE FROM acknowledgement WHERE account_id = :accountId")
    int eraseAcknowledgements(long accountId);
}
