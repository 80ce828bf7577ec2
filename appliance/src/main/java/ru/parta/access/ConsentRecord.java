package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One consent to processing personal data: by whom, for whose data, to which text, when (152-FZ). */
@MappedEntity("consent_record")
public record ConsentRecord(@Id @GeneratedValue @Nullable Long id, Long accountId, Long subjectAccountId,
                            String consentVersion, Instant givenAt, @Nullable String clientAddress) {
}
