package ru.parta.files;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface MaterialFolderRepository extends CrudRepository<MaterialFolder, Long> {

    List<MaterialFolder> findByClassId(Long classId);

    boolean existsByClassIdAndSubjectAndName(Long classId, String subject, String name);

    boolean existsByClassId(Long classId);
}
