package ru.parta.access;

import java.time.Instant;

/** Who an activation code belongs to, as the activation page shows it before the login is chosen. */
public record CodeHolder(AccountSummary person, String code, Instant expiresAt) {
}
