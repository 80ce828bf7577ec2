package ru.parta.chat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface MessageRepository extends CrudRepository<Message, Long> {

    Optional<Message> findByAuthorIdAndClientKey(long authorId, String clientKey);

    /** The message, locked until the transaction ends: two moderators' decisions on it come one after the other. */
    @Query("SELECT * FROM message WHERE id = :id FOR UPDATE")
    Optional<Message> findForUpdate(long id);

    @Query("INSERT INTO message_attachment (message_id, file_id, position) VALUES (:messageId, :fileId, :position)")
    void attach(long messageId, long fileId, int position);

    @Query("INSERT INTO message_mention (message_id, account_id) VALUES (:messageId, :accountId)")
    void mention(long messageId, long accountId);

    @Query("SELECT COUNT(*) FROM message_reaction WHERE message_id = :messageId AND account_id = :accountId")
    int countReactions(long messageId, long accountId);

    @Query("SELECT COUNT(*) FROM message_reaction WHERE message_id = :messageId AND account_id = :accountId"
            + " AND emoji = :emoji")
    int countReaction(long messageId, long accountId, String emoji);

    @Query("INSERT INTO message_reaction (message_id, account_id, emoji) VALUES (:messageId, :accountId, :emoji)")
    void addReaction(long messageId, long accountId, String emoji);

    @Query("DELETE FROM message_reaction WHERE message_id = :messageId AND account_id = :accountId AND emoji = :emoji")
    void removeReaction(long messageId, long accountId, String emoji);

    @Query("DELETE FROM message_reaction WHERE message_id = :messageId")
    void clearReactions(long messageId);

    @Query("SELECT COUNT(*) FROM message_attachment ma JOIN message m ON m.id = ma.message_id"
            + " WHERE ma.file_id = :fileId AND m.deleted_at IS NULL")
    int countDelivered(long fileId);
}
