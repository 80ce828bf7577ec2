package ru.parta.broadcast;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One planned broadcast on one day of the week view: when, what, where ({@code allDisplays} or the
 * named displays), who planned it, and whether it overlaps another plan on a shared display.
 */
public record PlannedSlot(long scheduleId, LocalDate day, LocalTime start, LocalTime end, BroadcastKind kind,
                          String title, boolean allDisplays, List<String> displayNames, String plannedBy,
                          boolean repeats, boolean conflict, boolean mayCancel) {
}
