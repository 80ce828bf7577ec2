package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ConversationRepository extends CrudRepository<Conversation, Long> {

    Optional<Conversation> findByDirectKey(String directKey);

    List<Conversation> findByKind(ConversationKind kind);

    @Query("UPDATE conversation SET last_message_id = :messageId, last_activity_at = :at WHERE id = :id")
    void touch(long id, long messageId, Instant at);

    /** Member counts and supervision of every chat, from its present members and their roles. */
    @Query("""
            UPDATE conversation c SET
              member_count = (SELECT COUNT(*) FROM conversation_member m
                              WHERE m.conversation_id = c.id AND m.left_at IS NULL),
              supervised = (NOT EXISTS (SELECT 1 FROM conversation_member m JOIN account_role r ON r.account_id = m.account_id
                                        WHERE m.conversation_id = c.id AND m.left_at IS NULL AND r.role = 'STUDENT')
                            OR EXISTS (SELECT 1 FROM conversation_member m JOIN account_role r ON r.account_id = m.account_id
                                        WHERE m.conversation_id = c.id AND m.left_at IS NULL
                                          AND r.role IN ('ADMIN', 'DIRECTOR', 'TEACHER')))""")
    void recount();

    @Query("UPDATE conversation SET premoderated = :on WHERE id = :id")
    void premoderate(long id, boolean on);

    @Query("UPDATE conversation SET pinned_message_id = :messageId WHERE id = :id")
    void pin(long id, @Nullable Long messageId);
}
