package ru.parta.chat;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.base.event.Topic;
import ru.parta.live.LiveFrame;
import ru.parta.live.LiveTopics;

/**
 * A person's unread counts ({@code unread:<account id>}): "read up to here in chat N" when their
 * pointer moves, for the chat lists of their other tabs. Only chat lists follow it (a chat screen
 * does not need to hear its own reading), and only the person themself may. A list that comes back
 * after a while reads its counts again when it opens, so there is nothing to catch up.
 */
@Singleton
class UnreadTopics implements LiveTopics {

    @Override
    public String kind() {
        return "unread";
    }

    @Override
    public boolean mayFollow(long accountId, Topic topic) {
        return topic.id() == accountId;
    }

    @Override
    public List<LiveFrame> catchUp(long accountId, Topic topic, long cursor) {
        return List.of();
    }
}
