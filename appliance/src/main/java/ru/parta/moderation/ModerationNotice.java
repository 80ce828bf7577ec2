package ru.parta.moderation;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** An author's message was hidden by a moderator (or shown again): told on their own topic only. */
public record ModerationNotice(long authorId, long conversationId, long messageId, String reason, boolean restored)
        implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(authorId));
    }
}
