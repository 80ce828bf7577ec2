package ru.parta.moderation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface ReportRepository extends CrudRepository<Report, Long> {

    boolean existsByMessageIdAndPostCommentIdAndReporterId(long messageId, long postCommentId, long reporterId);

    boolean existsByMessageIdAndPostCommentIdAndRuleId(long messageId, long postCommentId, String ruleId);

    List<Report> findByStatusOrderByIdAsc(String status);

    List<Report> findByCreatedAtGreaterThanEqualsOrderByIdAsc(java.time.Instant since);

    List<Report> findByMessageIdAndPostCommentIdAndStatus(long messageId, long postCommentId, String status);

    List<Report> findTop50ByReporterIdOrderByIdDesc(long reporterId);
}
