package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An announcement someone has yet to confirm, for their home page; {@code channelName} is the
 * stored name, {@code systemKey} lets screens word the system channels; {@code remindedAt} the
 * latest reminder.
 */
public record Waiting(long messageId, long conversationId, String channelName, @Nullable String systemKey,
                      String text, Instant postedAt, @Nullable Instant remindedAt) {
}
