package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The one current activation code of a person; kept after use so that reuse is recognised. */
@MappedEntity("activation_code")
record ActivationCode(@Id Long accountId, String code, Instant issuedAt, Instant expiresAt,
                      @Nullable Instant usedAt) {
}
