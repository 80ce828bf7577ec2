package ru.parta.setup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.H2)
interface SetupStateRepository extends CrudRepository<SetupState, Long> {

    @Query("UPDATE setup_state SET code_hash = :codeHash, code_issued_at = :issuedAt "
            + "WHERE id = 1 AND completed_at IS NULL")
    int replaceCode(String codeHash, Instant issuedAt);

    /**
     * Claims setup for whoever holds the current code: exactly one caller can ever get 1 back,
     * because the row is locked by the update and the code is void afterwards.
     */
    @Query("UPDATE setup_state SET completed_at = :completedAt, code_hash = NULL "
            + "WHERE id = 1 AND completed_at IS NULL AND code_hash = :codeHash")
    int claim(String codeHash, Instant completedAt);
}
