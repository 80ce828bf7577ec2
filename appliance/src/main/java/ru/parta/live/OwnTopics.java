package ru.parta.live;

import java.util.List;
import ru.parta.base.event.Topic;

/**
 * A kind of topic that belongs to one person ({@code <kind>:<account id>}): only they may follow
 * it, and it carries signals about a state their screens read again when they open, so a tab
 * away too long has nothing to catch up.
 */
public abstract class OwnTopics implements LiveTopics {

    @Override
    public final boolean mayFollow(long accountId, Topic topic) {
        return topic.id() == accountId;
    }

    @Override
    public final List<LiveFrame> catchUp(long accountId, Topic topic, long cursor) {
        return List.of();
    }
}
