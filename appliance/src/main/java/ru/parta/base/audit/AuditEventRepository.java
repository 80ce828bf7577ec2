package ru.parta.base.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append and read only: the trail is never updated or deleted through the application. */
@JdbcRepository(dialect = Dialect.H2)
interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByActionOrderByIdDesc(String action);

    boolean existsByAction(String action);

    List<AuditEvent> findTop50OrderByIdDesc();
}
