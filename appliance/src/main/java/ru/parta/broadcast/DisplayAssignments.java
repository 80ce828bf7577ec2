package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells displays what to show, inside the caller's transaction (the displays are locked by then):
 * closes each display's open line of the usage log, points it at the new broadcast (or the idle
 * screen) and opens a new line; a broadcast that is left on no display is stopped.
 */
@Singleton
class DisplayAssignments {

    private final DisplayRepository displays;
    private final BroadcastRepository broadcasts;

    DisplayAssignments(DisplayRepository displays, BroadcastRepository broadcasts) {
        this.displays = displays;
        this.broadcasts = broadcasts;
    }

    /** The broadcasts this left on no display (now stopped). */
    Set<Long> assign(List<Display> targets, @Nullable Long broadcastId, Instant now, @Nullable Long actorId) {
        Set<Long> before = new TreeSet<>();
        for (Display display : targets) {
            if (display.broadcastId() != null) {
                before.add(display.broadcastId());
            }
            broadcasts.closeUsage(display.id(), now);
            displays.assign(display.id(), broadcastId);
            if (broadcastId != null) {
                broadcasts.openUsage(display.id(), broadcastId, now);
            }
        }
        if (broadcastId != null) {
            before.remove(broadcastId);
        }
        Set<Long> stopped = new TreeSet<>();
        for (long old : before) {
            if (displays.findShowing(old).isEmpty()) {
                broadcasts.findForUpdate(old).filter(b -> b.stoppedAt() == null).ifPresent(b -> {
                    broadcasts.update(b.stopped(now, actorId));
                    stopped.add(old);
                });
            }
        }
        return stopped;
    }
}
