package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/**
 * An author's message was hidden by a moderator (or shown again), or one of its files removed
 * ({@code fileName} set): told on their own topic only.
 */
public record ModerationNotice(long authorId, long conversationId, long messageId, String reason, boolean restored,
                               @Nullable String fileName) implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(authorId));
    }
}
