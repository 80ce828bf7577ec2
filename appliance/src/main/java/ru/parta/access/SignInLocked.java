package ru.parta.access;

import java.time.Instant;

/** Too many failed attempts: the login is locked until the given instant. */
public record SignInLocked(String login, String clientAddress, Instant until) {
}
