package ru.parta.rules;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface RulesEditionRepository extends CrudRepository<RulesEdition, Long> {

    Optional<RulesEdition> findFirstOrderByNumberDesc();

    @Query("SELECT COUNT(*) FROM rules_acceptance WHERE account_id = :accountId AND edition_id = :editionId")
    int countAcceptances(long accountId, long editionId);

    @Query("INSERT INTO rules_acceptance (account_id, edition_id, accepted_at) VALUES (:accountId, :editionId, :at)")
    void accept(long accountId, long editionId, Instant at);

    @Query("DELETE FROM rules_acceptance WHERE account_id = :accountId")
    int eraseAcceptances(long accountId);
}
