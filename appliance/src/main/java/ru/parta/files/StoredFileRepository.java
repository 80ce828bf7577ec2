package ru.parta.files;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface StoredFileRepository extends CrudRepository<StoredFile, Long> {

    List<StoredFile> findByPlaceKindAndPlaceIdAndDeletedAtIsNullOrderByNameAsc(FilePlace placeKind, Long placeId);

    @Query("SELECT COALESCE(SUM(size), 0) FROM stored_file WHERE uploaded_by = :accountId AND deleted_at IS NULL")
    long usedBy(long accountId);

    List<StoredFile> findByDeletedAtLessThan(Instant before);

    List<StoredFile> findByUploadedByAndPlaceKindAndDeletedAtIsNull(Long uploadedBy, FilePlace placeKind);
}
