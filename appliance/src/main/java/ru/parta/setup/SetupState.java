package ru.parta.setup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Whether this installation has been set up; the single row has id 1. */
@MappedEntity("setup_state")
record SetupState(@Id Long id, @Nullable String codeHash, @Nullable Instant codeIssuedAt,
                  @Nullable Instant completedAt) {

    static final long THE_STATE = 1L;
}
