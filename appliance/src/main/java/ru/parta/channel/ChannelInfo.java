package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Set;

/**
 * A channel as its page and settings show it. {@code authorIds} are the chosen authors (the system
 * channels' built-in ones, administrators and the director, come on top); {@code mayManage} says
 * whether the viewer may change it.
 */
public record ChannelInfo(long id, long conversationId, String name, String description, @Nullable String systemKey,
                          boolean commentsEnabled, List<AudiencePart> audience, Set<Long> authorIds,
                          boolean mayManage) {

    public boolean isSystem() {
        return systemKey != null;
    }
}
