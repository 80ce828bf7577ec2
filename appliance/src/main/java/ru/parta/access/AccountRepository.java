package ru.parta.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByLogin(String login);

    boolean existsByLogin(String login);
}
