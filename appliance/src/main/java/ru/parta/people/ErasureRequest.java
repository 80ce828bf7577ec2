package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A request to delete a person's data: by the person, or for a minor by a linked parent. */
@MappedEntity("erasure_request")
public record ErasureRequest(@Id @GeneratedValue @Nullable Long id, Long subjectId, Long requestedBy,
                             Instant requestedAt, String status) {

    static final String PENDING = "PENDING";
    static final String DONE = "DONE";
}
