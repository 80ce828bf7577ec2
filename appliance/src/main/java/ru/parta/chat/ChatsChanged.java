package ru.parta.chat;

import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** Chats were created or their members changed; these people's chat lists must be read again. */
public record ChatsChanged(Set<Long> accountIds) implements Topical {

    public ChatsChanged {
        accountIds = Set.copyOf(accountIds);
    }

    @Override
    public Set<Topic> topics() {
        return accountIds.stream().map(Topic::person).collect(Collectors.toSet());
    }
}
