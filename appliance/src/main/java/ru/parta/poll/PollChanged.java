package ru.parta.poll;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A vote, a change of vote or the closing of a poll: its results reach open screens. */
public record PollChanged(long pollId) implements Topical {

    public static Topic topic(long pollId) {
        return new Topic("poll", pollId);
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(topic(pollId));
    }
}
