package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A reminder sent to the readers who had not yet confirmed an announcement. */
@MappedEntity("ack_reminder")
record AckReminder(@Id @GeneratedValue @Nullable Long id, long messageId, long sentBy, Instant sentAt,
                   int recipients) {
}
