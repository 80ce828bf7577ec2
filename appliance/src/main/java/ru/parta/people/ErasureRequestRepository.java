package ru.parta.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ErasureRequestRepository extends CrudRepository<ErasureRequest, Long> {

    List<ErasureRequest> findByStatusOrderByRequestedAtAsc(String status);

    Optional<ErasureRequest> findFirstBySubjectIdAndStatus(Long subjectId, String status);
}
