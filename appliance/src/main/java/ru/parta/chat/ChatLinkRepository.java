package ru.parta.chat;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ChatLinkRepository extends CrudRepository<ChatLink, Long> {

    Optional<ChatLink> findByToken(String token);

    List<ChatLink> findByConversationIdAndRevokedAtIsNull(long conversationId);
}
