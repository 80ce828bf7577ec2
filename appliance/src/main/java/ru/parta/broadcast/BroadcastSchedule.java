package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned broadcast in school time: once ({@code weekdays} 0, on {@code firstDay}) or on the
 * weekdays of a mask (Monday = bit 0) from {@code firstDay} to {@code lastDay} (none: no end).
 * {@code lastRunDay} is the school day it last started on, so a restart never starts it twice.
 */
@MappedEntity("broadcast_schedule")
record BroadcastSchedule(@Id @GeneratedValue @Nullable Long id, BroadcastKind kind, String title, @Nullable String body,
                         @Nullable Long fileId, @Nullable Long conversationId, LocalDate firstDay,
                         @Nullable LocalDate lastDay, LocalTime startTime, int minutes, int weekdays,
                         boolean allDisplays, long createdBy, Instant createdAt, @Nullable Instant cancelledAt,
                         @Nullable LocalDate lastRunDay) {

    boolean repeats() {
        return weekdays != 0;
    }

    boolean occursOn(LocalDate day) {
        if (!repeats()) {
            return day.equals(firstDay);
        }
        return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay)) && onWeekday(weekdays, day.getDayOfWeek());
    }

    LocalTime endTime() {
        return startTime.plusMinutes(minutes);
    }

    /** The last day it can occur on (a repeating plan without an end: never, shown as the horizon). */
    LocalDate lastPossibleDay(LocalDate horizon) {
        return !repeats() ? firstDay : lastDay == null || lastDay.isAfter(horizon) ? horizon : lastDay;
    }

    static boolean onWeekday(int mask, DayOfWeek day) {
        return (mask & (1 << (day.getValue() - 1))) != 0;
    }
}
