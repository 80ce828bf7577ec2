package ru.parta.broadcast;

import java.util.List;

/**
 * A broadcast started, moved, paused, darkened or stopped (after commit); {@code reassigned} are
 * the displays told to show something else by it (each hears it on its own topic), the rest of its
 * displays hear the new state on the broadcast's topic.
 */
public record BroadcastChanged(long broadcastId, List<Long> reassigned) {

    public BroadcastChanged {
        reassigned = List.copyOf(reassigned);
    }
}
