package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** A running broadcast as control screens show it, with the displays showing it and whether the viewer may control it. */
public record BroadcastInfo(long id, BroadcastKind kind, String title, int pages, int page, boolean paused,
                            boolean blank, long version, long startedBy, String startedByName, Instant startedAt,
                            @Nullable Instant endsAt, List<Long> displayIds, boolean mayControl,
                            @Nullable Long fileId) {
}
