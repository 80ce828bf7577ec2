package ru.parta.chat;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A member has read a chat up to a message (published after commit). */
public record ReadPointerMoved(long conversationId, long accountId, long upTo) implements Topical {

    /** The chat (its readers' ticks) and the reader (their own unread counts). */
    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.conversation(conversationId), Topic.person(accountId));
    }
}
