package ru.parta.moderation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface ReportRepository extends CrudRepository<Report, Long> {

    boolean existsByMessageIdAndReporterId(long messageId, long reporterId);

    boolean existsByMessageIdAndRuleId(long messageId, String ruleId);

    List<Report> findByStatusOrderByIdAsc(String status);

    List<Report> findByCreatedAtGreaterThanEqualsOrderByIdAsc(java.time.Instant since);

    List<Report> findByMessageIdAndStatus(long messageId, String status);

    List<Report> findTop50ByReporterIdOrderByIdDesc(long reporterId);
}
