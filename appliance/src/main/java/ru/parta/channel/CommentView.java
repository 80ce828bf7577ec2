package ru.parta.channel;

import java.time.Instant;

/** A comment as its post's readers see it; {@code mayDelete} for its author and the channel's authors. */
public record CommentView(long id, long authorId, String authorName, String body, Instant createdAt, boolean deleted,
                          boolean mayDelete) {
}
