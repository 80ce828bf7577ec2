package ru.parta.chat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import ru.parta.school.School;

/**
 * The school's quiet hours, in its timezone: from {@code from} (included) to {@code until}
 * (excluded), across midnight when {@code from} is later. So with 21:00–07:00 a message at
 * 20:59:59 goes out and one at 21:00:00 is held until 07:00. Equal times mean no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    public static QuietHours of(School school) {
        return new QuietHours(school.quietFrom(), school.quietUntil(), school.zoneId());
    }

    public boolean isQuiet(Instant instant) {
        LocalTime time = instant.atZone(zone).toLocalTime();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** When the quiet hours that contain {@code instant} end (the next {@code until}). */
    public Instant endAfter(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime end = local.toLocalDate().atTime(until).atZone(zone);
        if (!end.isAfter(local)) {
            end = local.toLocalDate().plusDays(1).atTime(until).atZone(zone);
        }
        return end.toInstant();
    }
}
