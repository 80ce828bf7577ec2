package ru.parta.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface LoginFailureRepository extends GenericRepository<LoginFailure, Long> {

    LoginFailure save(LoginFailure failure);

    List<LoginFailure> findByLoginAndFailedAtAfterOrderByFailedAtDesc(String login, Instant after);

    List<LoginFailure> findByClientAddressAndKindAndFailedAtAfterOrderByFailedAtDesc(String clientAddress, FailureKind kind,
                                                                                 Instant after);

    void deleteByLogin(String login);

    void deleteByFailedAtBefore(Instant before);
}
