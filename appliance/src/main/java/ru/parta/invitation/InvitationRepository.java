package ru.parta.invitation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByToken(String token);

    List<Invitation> findAllOrderByCreatedAtDesc();

    List<Invitation> findByCreatedByOrderByCreatedAtDesc(Long createdBy);

    /** Counts one use if the link still works at {@code now}; 0 when it does not (any more). */
    @Query("UPDATE invitation SET uses = uses + 1 WHERE id = :id AND revoked_at IS NULL AND expires_at > :now"
            + " AND (max_uses IS NULL OR uses < max_uses)")
    int use(long id, Instant now);

    boolean existsByClassId(Long classId);
}
