package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A comment on a channel's post; a deleted one keeps its place, not its text; one a moderator hid
 * keeps its text for the moderators and shows readers the reason.
 */
@MappedEntity("post_comment")
record PostComment(@Id @GeneratedValue @Nullable Long id, long messageId, long conversationId, long authorId,
                   String body, Instant createdAt, @Nullable Instant deletedAt, @Nullable Instant hiddenAt,
                   @Nullable String hiddenReason) {

    PostComment deleted(Instant at) {
        return new PostComment(id, messageId, conversationId, authorId, "", createdAt, at, hiddenAt, hiddenReason);
    }

    PostComment hidden(@Nullable Instant at, @Nullable String reason) {
        return new PostComment(id, messageId, conversationId, authorId, body, createdAt, deletedAt, at, reason);
    }
}
