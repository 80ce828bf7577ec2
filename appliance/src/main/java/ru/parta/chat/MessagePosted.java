package ru.parta.chat;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A message was delivered to its chat (published after commit, also for held messages released in the morning). */
public record MessagePosted(ChatMessage message) implements Topical {

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.conversation(message.conversationId()));
    }
}
