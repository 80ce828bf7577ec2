package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * A line of the usage log: what a display was told to show, who started it, when it began, when
 * the display confirmed it (none: it was off or offline) and when it ended (none: still showing).
 */
public record UsageRow(long displayId, String displayName, BroadcastKind kind, String title, String startedBy,
                       boolean planned, Instant startedAt, @Nullable Instant confirmedAt, @Nullable Instant endedAt) {

    public Duration duration(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }
}
