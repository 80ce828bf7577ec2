package ru.parta.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ActivationCodeRepository extends CrudRepository<ActivationCode, Long> {

    Optional<ActivationCode> findByCode(String code);

    List<ActivationCode> findByAccountIdIn(Collection<Long> accountIds);

    /** Spends a code once: returns 0 when another request spent it first. */
    @Query("UPDATE activation_code SET used_at = :usedAt WHERE account_id = :accountId AND used_at IS NULL")
    int spend(long accountId, Instant usedAt);
}
