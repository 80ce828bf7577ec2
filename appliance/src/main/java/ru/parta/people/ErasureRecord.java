package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The record of one erasure (the act of destruction): whose data, which categories, when, by whom,
 * and the matching security-log extract. {@code categories} holds the former full name on its
 * first line, then one message key per line.
 */
@MappedEntity("erasure_record")
public record ErasureRecord(@Id @GeneratedValue @Nullable Long id, Long subjectId, @Nullable Long requestId,
                            Instant erasedAt, Long erasedBy, String categories, String auditExtract) {

    public String formerName() {
        return categories.lines().findFirst().orElse("");
    }

    public java.util.List<String> categoryKeys() {
        return categories.lines().skip(1).toList();
    }
}
