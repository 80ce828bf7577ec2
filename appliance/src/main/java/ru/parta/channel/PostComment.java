package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A comment on a channel's post; a deleted one keeps its place, not its text. */
@MappedEntity("post_comment")
record PostComment(@Id @GeneratedValue @Nullable Long id, long messageId, long conversationId, long authorId,
                   String body, Instant createdAt, @Nullable Instant deletedAt) {

    PostComment deleted(Instant at) {
        return new PostComment(id, messageId, conversationId, authorId, "", createdAt, at);
    }
}
