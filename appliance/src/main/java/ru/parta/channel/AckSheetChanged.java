package ru.parta.channel;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** Someone confirmed an announcement, a family was marked told, or a reminder went: open sheets re-read. */
public record AckSheetChanged(long messageId) implements Topical {

    public static Topic topic(long messageId) {
        return new Topic("acks", messageId);
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(topic(messageId));
    }
}
