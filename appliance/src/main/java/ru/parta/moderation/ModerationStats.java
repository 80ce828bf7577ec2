package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * The moderation of a period for administrators: queue items (reported or flagged messages) by the
 * most severe reason and by class, how many were decided and how fast (median and 90th percentile
 * from the first report to the decision), and what the filter and the moderators did directly.
 * A row's key is a reason's name, or a class's label ("" for chats outside any class).
 */
public record ModerationStats(int days, int items, int decided, @Nullable Duration medianDecision,
                              @Nullable Duration p90Decision, List<Row> byReason, List<Row> byClass,
                              int refusedByFilter, int heldByFilter, int flaggedByFilter, int hiddenByModerators) {

    public ModerationStats {
        byReason = List.copyOf(byReason);
        byClass = List.copyOf(byClass);
    }

    public record Row(String key, int items, int decided) {
    }
}
