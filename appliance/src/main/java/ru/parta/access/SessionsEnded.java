package ru.parta.access;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** These sessions were ended (published after commit); their open screens close at once. */
public record SessionsEnded(long accountId, Set<String> sessionIds) implements Topical {

    public SessionsEnded {
        sessionIds = Set.copyOf(sessionIds);
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.person(accountId));
    }
}
