package ru.parta.tls;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The one row saying HTTPS was confirmed working on the school's devices (see V21). */
@MappedEntity("https_confirmation")
record HttpsConfirmation(@Id Long id, Instant confirmedAt) {

    static final long THE_CONFIRMATION = 1L;
}
