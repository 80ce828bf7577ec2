package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A comment as the moderators see it: where it is, who wrote it, its text, and whether it is hidden and why. */
public record ModeratedComment(long id, long messageId, long conversationId, long authorId, String authorName,
                               String body, Instant createdAt, @Nullable String hiddenReason) {

    public boolean hidden() {
        return hiddenReason != null;
    }
}
