package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A channel and the conversation its posts live in; {@code systemKey} SCHOOL or STAFF for the built-in two. */
@MappedEntity("channel")
record Channel(@Id @GeneratedValue @Nullable Long id, long conversationId, String name, String description,
               @Nullable String systemKey, boolean commentsEnabled, @Nullable Long createdBy, Instant createdAt) {

    boolean isSystem() {
        return systemKey != null;
    }

    Channel changed(String newName, String newDescription, boolean comments) {
        return new Channel(id, conversationId, newName, newDescription, systemKey, comments, createdBy, createdAt);
    }
}
