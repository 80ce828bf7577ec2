package ru.parta.moderation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface ListEntryRepository extends CrudRepository<ListEntry, Long> {

    List<ListEntry> findAllOrderByIdAsc();

    boolean existsByKindAndEntry(ListKind kind, String entry);
}
