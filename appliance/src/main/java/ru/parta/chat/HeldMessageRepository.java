package ru.parta.chat;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface HeldMessageRepository extends CrudRepository<HeldMessage, Long> {

    /** A held message, locked until the transaction ends: two moderators cannot both approve it. */
    @io.micronaut.data.annotation.Query("SELECT * FROM held_message WHERE id = :id FOR UPDATE")
    java.util.Optional<HeldMessage> findForUpdate(long id);

    Optional<HeldMessage> findByAuthorIdAndClientKey(long authorId, String clientKey);

    List<HeldMessage> findByDeliverAtLessThanEqualsAndAwaitingReviewFalseOrderByIdAsc(Instant now);

    List<HeldMessage> findByAwaitingReviewTrueOrderByIdAsc();

    List<HeldMessage> findByConversationIdAndAuthorIdOrderByIdAsc(long conversationId, long authorId);
}
