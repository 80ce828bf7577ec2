package ru.parta.files;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface StoredBlobRepository extends CrudRepository<StoredBlobRow, String> {

    @Query("SELECT COALESCE(SUM(size), 0) FROM stored_blob")
    long totalSize();

    @Query("SELECT b.* FROM stored_blob b WHERE NOT EXISTS (SELECT 1 FROM stored_file f WHERE f.sha256 = b.sha256)")
    List<StoredBlobRow> findUnreferenced();
}
