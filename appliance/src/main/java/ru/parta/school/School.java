package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The one school of this appliance; its id is always {@link #THE_SCHOOL}. Quiet hours are local
 * times in the school's timezone; the academic year is named by the year it starts in.
 */
@MappedEntity("school")
public record School(@Id Long id, String name, @Nullable String address, String timeZone, LocalTime quietFrom,
                     LocalTime quietUntil, int academicYear, Instant createdAt) {

    public static final long THE_SCHOOL = 1L;

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    /** "2026/2027" for 2026. */
    public String academicYearLabel() {
        return AcademicYear.label(academicYear);
    }
}
