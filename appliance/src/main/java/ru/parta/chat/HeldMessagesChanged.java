package ru.parta.chat;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** One's own held messages changed: one was added, edited, withdrawn or delivered. */
public record HeldMessagesChanged(long authorId, long conversationId) implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(authorId));
    }
}
