package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** Private details only administrators see: birth date (for matching students), phone, e-mail. */
@MappedEntity("person_detail")
public record PersonDetail(@Id Long accountId, @Nullable LocalDate birthDate, @Nullable String phone,
                           @Nullable String email) {
}
