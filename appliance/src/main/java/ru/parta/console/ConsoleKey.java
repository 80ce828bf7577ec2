package ru.parta.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A public key an administrator registered for the console; it signs in as them. */
@MappedEntity("console_key")
public record ConsoleKey(@Id @GeneratedValue @Nullable Long id, long accountId, String label, String publicKey,
                         String fingerprint, Instant addedAt, @Nullable Instant lastUsedAt) {
}
