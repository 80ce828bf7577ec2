package ru.parta.live;

/**
 * Where a topic stands: a screen takes it before reading the database and hands it to its tab, which
 * follows from there; whatever was published in between is replayed, nothing is missed.
 */
public record LivePosition(String topic, String epoch, long sequence) {
}
