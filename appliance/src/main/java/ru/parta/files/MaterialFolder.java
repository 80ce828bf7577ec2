package ru.parta.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A folder of learning materials for one class and subject. */
@MappedEntity("material_folder")
public record MaterialFolder(@Id @GeneratedValue @Nullable Long id, Long classId, String subject, String name,
                             Long createdBy, Instant createdAt) {
}
