package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ConversationMemberRepository extends CrudRepository<ConversationMember, Long> {

    Optional<ConversationMember> findByConversationIdAndAccountId(long conversationId, long accountId);

    List<ConversationMember> findByConversationIdAndLeftAtIsNull(long conversationId);

    List<ConversationMember> findByManagedTrue();

    List<ConversationMember> findByAccountIdAndLeftAtIsNull(long accountId);

    @Query("SELECT account_id FROM conversation_member WHERE conversation_id = :conversationId AND left_at IS NULL"
            + " AND account_id IN (:accountIds)")
    List<Long> findPresent(long conversationId, Collection<Long> accountIds);

    @Query("UPDATE conversation_member SET muted_until = :until WHERE conversation_id = :conversationId"
            + " AND account_id = :accountId")
    int mute(long conversationId, long accountId, @Nullable Instant until);

    @Query("UPDATE conversation_member SET left_at = :at WHERE id = :id")
    void markLeft(long id, Instant at);

    @Query("UPDATE conversation_member SET left_at = NULL, managed = :managed WHERE id = :id")
    void rejoin(long id, boolean managed);
}
