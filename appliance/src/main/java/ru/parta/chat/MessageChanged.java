package ru.parta.chat;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A message was edited, deleted or got or lost a reaction (published after commit). */
public record MessageChanged(ChatMessage message) implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.conversation(message.conversationId()));
    }
}
