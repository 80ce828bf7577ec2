package ru.parta.live;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.base.event.Topic;

/**
 * A person's own topic ({@code person:<id>}), which the page frame of each of their tabs follows:
 * "sync" frames that tell one tab to fetch its screen's changes ({@link LiveHub#nudgeTab}). Nobody
 * else may follow it. A tab away too long has nothing to catch up: it fetches when it acts next.
 */
@Singleton
class PersonTopics implements LiveTopics {

    @Override
    public String kind() {
        return "person";
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
