package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A parent (legal guardian) of a student. */
@MappedEntity("guardianship")
record Guardianship(@Id @GeneratedValue @Nullable Long id, Long parentId, Long childId) {
}
