package ru.parta.moderation;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A moderator approved or rejected a message waiting in a pre-moderated chat: its author is told. */
public record ReviewDecided(long authorId, long conversationId, boolean approved) implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(authorId));
    }
}
