package ru.parta.school;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface TeachingRepository extends CrudRepository<Teaching, Long> {

    List<Teaching> findByClassIdOrderBySubjectAsc(Long classId);

    List<Teaching> findByTeacherId(Long teacherId);

    boolean existsByClassIdAndTeacherIdAndSubject(Long classId, Long teacherId, String subject);

    void deleteByTeacherId(Long teacherId);

    void deleteByClassId(Long classId);
}
