package ru.parta.broadcast;

import jakarta.inject.Singleton;
import ru.parta.base.PartaException;

/**
 * Starts planned broadcasts on time: each due plan is marked as run for the day first (its own
 * transaction, so a restart or a second pass never starts it twice), then started as its planner.
 */
@Singleton
class ScheduleRunner {

    private final ScheduleService schedules;
    private final BroadcastService broadcasts;

    ScheduleRunner(ScheduleService schedules, BroadcastService broadcasts) {
        this.schedules = schedules;
        this.broadcasts = broadcasts;
    }

    void startDue() {
        for (ScheduleService.Due due : schedules.findDue()) {
            if (!schedules.markRun(due.scheduleId(), due.day())) {
                continue;
            }
            try {
                broadcasts.startPlanned(due.request(), due.plannerId(), due.scheduleId(), due.end());
            } catch (PartaException refused) {
                schedules.recordFailure(due.scheduleId(), refused.messageKey());
            }
        }
    }
}
