package ru.parta.channel;

import java.util.List;
import java.util.Set;

/** What a channel's creator or manager chooses: its name, description, comments, audience and extra authors. */
public record ChannelSettings(String name, String description, boolean commentsEnabled, List<AudiencePart> audience,
                              Set<Long> authorIds) {

    public ChannelSettings {
        description = description == null ? "" : description;
        audience = audience == null ? List.of() : List.copyOf(audience);
        authorIds = authorIds == null ? Set.of() : Set.copyOf(authorIds);
    }
}
