package ru.parta.school;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface SchoolClassRepository extends CrudRepository<SchoolClass, Long> {

    Optional<SchoolClass> findByActiveLabel(String activeLabel);

    List<SchoolClass> findByGraduatedYearIsNull();

    List<SchoolClass> findByClassTeacherId(Long classTeacherId);
}
