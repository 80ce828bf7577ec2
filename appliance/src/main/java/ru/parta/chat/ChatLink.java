package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A link to join a teacher's chat: 192-bit token, an expiry, revocable. */
@MappedEntity("chat_link")
public record ChatLink(@Id @GeneratedValue @Nullable Long id, long conversationId, String token, long createdBy,
                       Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt) {

    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    ChatLink revoked(Instant at) {
        return new ChatLink(id, conversationId, token, createdBy, createdAt, expiresAt, at);
    }
}
