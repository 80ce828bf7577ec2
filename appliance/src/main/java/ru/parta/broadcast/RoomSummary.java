package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/** A room's use of its display over a period: how many broadcasts, for how long, how many it confirmed, the last one. */
public record RoomSummary(long displayId, String displayName, int broadcasts, int confirmed, Duration shown,
                          @Nullable Instant lastUsed) {
}
