package ru.parta.invitation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface JoinRequestRepository extends CrudRepository<JoinRequest, Long> {

    List<JoinRequest> findByStatusOrderByCreatedAtAsc(JoinRequestStatus status);

    List<JoinRequest> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    boolean existsByAccountIdAndStatus(Long accountId, JoinRequestStatus status);

    boolean existsByClassIdOrChildClassId(Long classId, Long childClassId);
}
