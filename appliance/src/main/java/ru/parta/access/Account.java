package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A person's way in: a unique login and an Argon2id password hash. */
@MappedEntity("account")
record Account(
        @Id @GeneratedValue @Nullable Long id,
        String login,
        String fullName,
        String passwordHash,
        boolean enabled,
        Instant createdAt) {
}
