package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A subject teacher teaches a subject in a class. */
@MappedEntity("teaching")
public record Teaching(@Id @GeneratedValue @Nullable Long id, Long classId, Long teacherId, String subject) {
}
