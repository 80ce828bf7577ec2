package ru.parta.channel;

import java.util.Set;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

/** A reminder about an announcement, for the readers who had not confirmed it (only their topics). */
public record AcknowledgementReminded(long messageId, long conversationId, Set<Long> accountIds) implements Topical {

    public AcknowledgementReminded {
        accountIds = Set.copyOf(accountIds);
    }

    @Override
    public Set<Topic> topics() {
        return accountIds.stream().map(Topic::person).collect(java.util.stream.Collectors.toSet());
    }
}
