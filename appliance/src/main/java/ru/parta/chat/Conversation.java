package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A chat. Class and parent chats name their class, group chats their group, direct chats carry a
 * key made of the two people's ids so there is only one per pair; the two system channels carry
 * their {@code systemKey} (SCHOOL, STAFF), which screens word in the reader's language. In a
 * {@code premoderated} chat students' and parents' messages wait for a moderator's approval. {@code supervised} is false
 * while students are members and no staff member is; nobody may post then.
 */
@MappedEntity("conversation")
public record Conversation(@Id @GeneratedValue @Nullable Long id, ConversationKind kind, @Nullable String title,
                           @Nullable Long classId, @Nullable Long groupId, @Nullable String directKey,
                           @Nullable Long createdBy, Instant createdAt, @Nullable Long lastMessageId,
                           Instant lastActivityAt, int memberCount, boolean supervised,
                           @Nullable String systemKey, @Nullable Long pinnedMessageId, boolean premoderated) {
}
