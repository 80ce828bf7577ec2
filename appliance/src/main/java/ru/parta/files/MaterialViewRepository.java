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

    /** Every counter of a folder's files in one query, however many files it holds. */
    @Query("SELECT v.* FROM material_view v JOIN stored_file f ON f.id = v.file_id"
            + " WHERE f.place_kind = 'MATERIALS' AND f.place_id = :folderId AND f.deleted_at IS NULL")
    List<MaterialView> findByFolder(long folderId);

    void deleteByIdFileId(Long fileId);

    List<MaterialView> findByIdAccountId(Long accountId);

    int deleteByIdAccountId(Long accountId);
}
