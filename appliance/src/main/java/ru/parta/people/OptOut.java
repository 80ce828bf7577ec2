package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A family's recorded refusal of the platform, and how the school reaches them instead. */
@MappedEntity("opt_out")
public record OptOut(@Id @GeneratedValue @Nullable Long id, String parentName, Long childId, LocalDate refusedOn,
                     @Nullable String documentRef, ContactChannel channel, @Nullable String contact,
                     Long recordedBy, Instant recordedAt) {
}
