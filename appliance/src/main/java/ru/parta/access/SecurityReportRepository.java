package ru.parta.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface SecurityReportRepository extends CrudRepository<SecurityReport, Long> {

    List<SecurityReport> findByResolvedAtIsNullOrderByReportedAtDesc();
}
