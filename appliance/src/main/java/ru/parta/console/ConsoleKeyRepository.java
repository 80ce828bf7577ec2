package ru.parta.console;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ConsoleKeyRepository extends CrudRepository<ConsoleKey, Long> {

    List<ConsoleKey> findByAccountIdOrderById(long accountId);

    Optional<ConsoleKey> findByFingerprint(String fingerprint);

    @Query("UPDATE console_key SET last_used_at = :at WHERE id = :id")
    void used(long id, Instant at);

    @Query("DELETE FROM console_key WHERE account_id = :accountId")
    void deleteOwnedBy(long accountId);
}
