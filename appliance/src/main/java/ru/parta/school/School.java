package ru.parta.school;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.ZoneId;

/** The one school of this appliance; its id is always {@link #THE_SCHOOL}. */
@MappedEntity("school")
public record School(@Id Long id, String name, String timeZone, Instant createdAt) {

    public static final long THE_SCHOOL = 1L;

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }
}
