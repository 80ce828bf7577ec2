package ru.parta.moderation;

/** The school's filter list changed: the filter reloads it (after the change commits). */
public record FilterListChanged(long actorId) {
}
