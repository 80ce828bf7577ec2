package ru.parta.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface OptOutRepository extends CrudRepository<OptOut, Long> {

    List<OptOut> findAllOrderByRecordedAtDesc();

    List<OptOut> findByChildIdInOrderByRecordedAtDesc(Collection<Long> childIds);
}
