package ru.parta.live;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.base.event.Topic;

/**
 * A person's own topic ({@code person:<id>}): signals for their screens only, such as "you have
 * read this chat elsewhere" for the unread counts of their chat list. Nobody else may follow it.
 * The signals describe a state the screen reads again when it opens, so a tab away too long
 * catches up with nothing.
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
