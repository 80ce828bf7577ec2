package ru.parta.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface GuardianshipRepository extends CrudRepository<Guardianship, Long> {

    List<Long> findChildIdByParentId(Long parentId);

    List<Long> findParentIdByChildId(Long childId);

    List<Guardianship> findByChildIdIn(Collection<Long> childIds);

    boolean existsByParentIdAndChildId(Long parentId, Long childId);

    java.util.Optional<Guardianship> findByParentIdAndChildId(Long parentId, Long childId);

    long deleteByParentIdOrChildId(Long parentId, Long childId);
}
