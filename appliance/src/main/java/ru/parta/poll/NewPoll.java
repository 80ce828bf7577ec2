package ru.parta.poll;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** A poll as its author asks it; {@code closesAt} null for one closed by hand. */
public record NewPoll(long conversationId, String clientKey, String question, List<String> options, boolean multiple,
                      boolean anonymous, boolean resultsAfterClose, @Nullable Instant closesAt) {

    public NewPoll {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
