package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A person in a chat; {@code readUpTo} is the id of the last message they have seen. A channel's
 * subscribers may not post ({@code mayPost} false); in every other chat everyone may, unless a
 * moderator muted them there until {@code mutedUntil}.
 */
@MappedEntity("conversation_member")
public record ConversationMember(@Id @GeneratedValue @Nullable Long id, long conversationId, long accountId,
                                 boolean managed, Instant joinedAt, @Nullable Instant leftAt, long readUpTo,
                                 boolean mayPost, @Nullable Instant mutedUntil) {

    public boolean isPresent() {
        return leftAt == null;
    }
}
