package ru.parta.broadcast;

/** A display's credential was revoked (after commit): its connections end at once. */
record DisplayRevoked(long displayId) {
}
