package ru.parta.broadcast;

/** The emergency alert was raised or cleared (after commit): every display hears it at once. */
public record AlertChanged() {
}
