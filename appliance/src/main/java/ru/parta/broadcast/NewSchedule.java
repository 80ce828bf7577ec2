package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A planned broadcast as someone plans it, in school time: what (as for {@link NewBroadcast}),
 * from {@code firstDay} at {@code startTime} for {@code minutes}, on these {@code weekdays} until
 * {@code lastDay} (no weekdays: once), on every display or on these.
 */
public record NewSchedule(BroadcastKind kind, @Nullable String title, @Nullable String body, @Nullable Long fileId,
                          @Nullable Long conversationId, LocalDate firstDay, @Nullable LocalDate lastDay,
                          LocalTime startTime, int minutes, Set<DayOfWeek> weekdays, boolean allDisplays,
                          List<Long> displayIds) {

    public NewSchedule {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        displayIds = displayIds == null ? List.of() : List.copyOf(displayIds);
    }

    NewBroadcast asBroadcast() {
        return new NewBroadcast(kind, title, body, fileId, List.of(), conversationId, allDisplays, displayIds, true, null);
    }

    int weekdayMask() {
        return weekdays.stream().mapToInt(day -> 1 << (day.getValue() - 1)).reduce(0, (a, b) -> a | b);
    }
}
