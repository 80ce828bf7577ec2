package ru.parta.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface EnrolmentRepository extends CrudRepository<Enrolment, Long> {

    List<Long> findStudentIdByClassId(Long classId);

    boolean existsByClassId(Long classId);
}
