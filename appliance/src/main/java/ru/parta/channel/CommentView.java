package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A comment as its post's readers see it; {@code mayDelete} for its author and the channel's authors;
 * one a moderator hid has no text and its {@code hiddenReason}.
 */
public record CommentView(long id, long authorId, String authorName, String body, Instant createdAt, boolean deleted,
                          boolean mayDelete, @Nullable String hiddenReason) {

    public boolean hidden() {
        return hiddenReason != null;
    }
}
