package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A moderator warned an author, or muted them in a chat until a time: told on their own topic. */
public record AuthorWarned(long authorId, long conversationId, String reason, @Nullable Instant mutedUntil)
        implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(authorId));
    }
}
