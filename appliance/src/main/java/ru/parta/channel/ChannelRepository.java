package ru.parta.channel;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ChannelRepository extends CrudRepository<Channel, Long> {

    Optional<Channel> findByConversationId(long conversationId);

    Optional<Channel> findBySystemKey(String systemKey);

    @Query("SELECT account_id FROM channel_author WHERE channel_id = :channelId")
    List<Long> findAuthorIds(long channelId);

    @Query("INSERT INTO channel_author (channel_id, account_id) VALUES (:channelId, :accountId)")
    void addAuthor(long channelId, long accountId);

    @Query("DELETE FROM channel_author WHERE channel_id = :channelId")
    void clearAuthors(long channelId);

    @Query("DELETE FROM channel_author WHERE account_id = :accountId")
    int removeAuthorEverywhere(long accountId);
}
