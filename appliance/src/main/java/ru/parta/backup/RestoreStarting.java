package ru.parta.backup;

/** A restore was asked for: within seconds Parta stops and comes back on this backup's data. */
public record RestoreStarting(String backupName) {
}
