package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A line of the moderation log: who did what to which item, why, a hash of the content, and the
 * hash of the line before, so the lines form a chain an edit or a deletion breaks.
 */
@MappedEntity("moderation_log")
public record ModerationRecord(@Id @GeneratedValue @Nullable Long id, Instant occurredAt, @Nullable Long actorId,
                               String action, String targetKind, long targetId, @Nullable Long conversationId,
                               @Nullable String reason, String contentHash, String previousHash, String hash) {
}
