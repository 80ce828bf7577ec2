package ru.parta.broadcast;

import io.micronaut.core.annotation.Introspected;

/** One teacher of one display's room, as read for every display at once. */
@Introspected
record KeeperRow(long displayId, long accountId) {
}
