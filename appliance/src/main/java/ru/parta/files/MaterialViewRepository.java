package ru.parta.files;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface MaterialViewRepository extends GenericRepository<MaterialView, MaterialViewKey> {

    @Query("UPDATE material_view SET opens = opens + 1, last_at = :at WHERE file_id = :fileId AND account_id = :accountId")
    int countOpen(long fileId, long accountId, Instant at);

    @Query("INSERT INTO material_view (file_id, account_id, opens, last_at) VALUES (:fileId, :accountId, 1, :at)")
    void firstOpen(long fileId, long accountId, Instant at);

    List<MaterialView> findByIdFileId(Long fileId);

    void deleteByIdFileId(Long fileId);
}
