package ru.parta.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a tab asks: {@code {"op":"follow","topic":"conversation:12","epoch":"…","seq":17,"cursor":345,
 * "reading":true}}, {@code {"op":"leave","topic":…}}, {@code {"op":"ping"}}, or a feature's command
 * ({@link LiveCommands}) with its {@code key} and {@code text}. {@code epoch} and
 * {@code seq} say what the tab last saw of the topic; {@code cursor} is the feature's own position
 * for a catch-up from the database (for a chat, the last message id it has).
 */
@Serdeable
record LiveRequest(String op, @Nullable String topic, @Nullable String epoch, @Nullable Long seq,
                   @Nullable Long cursor, @Nullable Boolean reading, @Nullable String key, @Nullable String text) {
}
