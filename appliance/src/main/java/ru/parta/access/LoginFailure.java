package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One failed attempt to get in, kept by the login as typed (existing or not, so locking reveals
 * nothing about which logins exist) and by client address.
 */
@MappedEntity("login_failure")
record LoginFailure(@Id @GeneratedValue @Nullable Long id, String login, String clientAddress, Instant failedAt,
                    FailureKind kind) {
}
