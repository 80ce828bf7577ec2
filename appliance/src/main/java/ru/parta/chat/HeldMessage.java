package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A message sent in quiet hours or scheduled by its author ({@code scheduledAt}, the time chosen),
 * seen only by its author until {@code deliverAt}; or, {@code awaitingReview}, until a moderator of a
 * pre-moderated chat approves it.
 */
@MappedEntity("held_message")
record HeldMessage(@Id @GeneratedValue @Nullable Long id, long conversationId, long authorId, String clientKey,
                   String body, @Nullable Long replyToId, String mentionIds, String attachmentIds, Instant sentAt,
                   Instant deliverAt, boolean ackRequired, @Nullable Instant scheduledAt, boolean urgent,
                   @Nullable Long pollId, boolean awaitingReview) {

    List<Long> mentions() {
        return ids(mentionIds);
    }

    List<Long> attachments() {
        return ids(attachmentIds);
    }

    HeldMessage edited(String newBody) {
        return new HeldMessage(id, conversationId, authorId, clientKey, newBody, replyToId, mentionIds, attachmentIds,
                sentAt, deliverAt, ackRequired, scheduledAt, urgent, pollId, awaitingReview);
    }

    /** Approved by a moderator: released as any held message (now, or when quiet hours end). */
    HeldMessage approved(Instant newDeliverAt) {
        return new HeldMessage(id, conversationId, authorId, clientKey, body, replyToId, mentionIds, attachmentIds,
                sentAt, newDeliverAt, ackRequired, scheduledAt, urgent, pollId, false);
    }

    HeldMessage rescheduled(Instant newScheduledAt, Instant newDeliverAt) {
        return new HeldMessage(id, conversationId, authorId, clientKey, body, replyToId, mentionIds, attachmentIds,
                sentAt, newDeliverAt, ackRequired, newScheduledAt, urgent, pollId, awaitingReview);
    }

    static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
