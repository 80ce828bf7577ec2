package ru.parta.poll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An answer of a poll, with its running count. */
@MappedEntity("poll_option")
record PollOption(@Id @GeneratedValue @Nullable Long id, long pollId, int position, String text, int votes) {
}
