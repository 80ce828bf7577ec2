package ru.parta.channel;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface PostCommentRepository extends CrudRepository<PostComment, Long> {

    List<PostComment> findByMessageIdOrderByIdAsc(long messageId);

    @Query("SELECT * FROM post_comment WHERE id = :id FOR UPDATE")
    java.util.Optional<PostComment> findForUpdate(long id);

    @Query("SELECT COUNT(*) FROM post_comment WHERE message_id = :messageId AND deleted_at IS NULL")
    int countPresent(long messageId);

    /** One row per present comment of these posts: counted by the caller, in one query for a page. */
    @Query("SELECT message_id FROM post_comment WHERE message_id IN (:messageIds) AND deleted_at IS NULL")
    List<Long> findCommentedMessageIds(Collection<Long> messageIds);

    @Query("SELECT COUNT(*) FROM post_comment WHERE author_id = :authorId AND created_at > :since")
    int countSince(long authorId, Instant since);

    @Query("UPDATE post_comment SET body = '', deleted_at = :at WHERE author_id = :authorId AND deleted_at IS NULL")
    int eraseAll(long authorId, Instant at);
}
