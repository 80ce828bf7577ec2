package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A display as the control screens show it: whether it is connected now, when it was last seen,
 * its screen size, what it has been told to show and what it confirmed it shows.
 */
public record DisplayInfo(long id, String name, boolean online, @Nullable Instant lastSeenAt, @Nullable String screen,
                          @Nullable Long broadcastId, Shown shown, List<Long> keeperIds, Instant pairedAt) {

    /**
     * What the display itself last said it shows: a broadcast (0: the idle screen) at a version,
     * or the emergency alert; {@code current} when that is what it has been told to show now.
     */
    public record Shown(boolean confirmed, long broadcastId, long version, boolean alert, boolean current) {

        static final Shown NOTHING = new Shown(false, 0, 0, false, false);
    }
}
