package ru.parta.base.web;

import io.micronaut.serde.annotation.Serdeable;

/** What {@code GET /api/health} answers, for monitoring. */
@Serdeable
public record Health(String status, String version, long uptimeSeconds, boolean databaseReachable) {
}
