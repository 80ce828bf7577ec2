package ru.parta.poll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import ru.parta.live.LiveFrame;

/**
 * A poll as the browser draws it (chat.js): the same JSON for a live frame (everyone's results,
 * nobody's choice) and for one viewer (with their choice and whether they may close it).
 */
@Singleton
public class PollFrames {

    private final JsonMapper json;

    PollFrames(JsonMapper json) {
        this.json = json;
    }

    LiveFrame results(PollState state) {
        return new LiveFrame("results", describe(state));
    }

    public String describe(PollState state) {
        try {
            return json.writeValueAsString(new Card(state.id(), state.question(), state.multiple(), state.anonymous(),
                    state.resultsAfterClose(), state.closesAt() == null ? null : state.closesAt().toEpochMilli(),
                    state.closed(), state.voters(), state.resultsVisible(),
                    state.options().stream().map(o -> new Option(o.id(), o.text(), o.votes())).toList(),
                    state.voted(), List.copyOf(state.mine()), state.mayClose(), state.author()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record Card(long id, String question, boolean multiple, boolean anonymous, boolean afterClose,
                @Nullable Long closesAt, boolean closed, int voters, boolean visible, List<Option> options,
                boolean voted, List<Long> mine, boolean mayClose, boolean author) {
    }

    @Serdeable
    record Option(long id, String text, @Nullable Integer votes) {
    }
}
