package ru.parta.poll;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A poll as one person sees it: the options with counts when results are visible (null counts
 * while they are hidden until closing), how many voted, what this person chose (empty if they
 * have not, or voted anonymously in another session), whether they wrote it and may close it.
 */
public record PollState(long id, long conversationId, String question, boolean multiple, boolean anonymous,
                        boolean resultsAfterClose, @Nullable Instant closesAt, boolean closed, int voters,
                        List<Option> options, boolean resultsVisible, boolean voted, Set<Long> mine,
                        boolean mayClose, boolean author) {

    public PollState {
        options = List.copyOf(options);
        mine = Set.copyOf(mine);
    }

    /** {@code votes} is null while results are hidden. */
    public record Option(long id, String text, @Nullable Integer votes) {
    }
}
