package ru.parta.channel;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A comment was added to a post or deleted: open comment lists re-read, the post's count moves. */
public record CommentsChanged(long messageId, long conversationId, int count) implements Topical {

    public static Topic topic(long messageId) {
        return new Topic("comments", messageId);
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(topic(messageId));
    }
}
