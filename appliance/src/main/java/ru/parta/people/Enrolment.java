package ru.parta.people;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A student's one class; kept after they leave, for history. */
@MappedEntity("enrolment")
record Enrolment(@Id Long studentId, Long classId) {
}
