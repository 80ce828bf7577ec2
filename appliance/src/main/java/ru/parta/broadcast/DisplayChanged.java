package ru.parta.broadcast;

/**
 * Something about displays changed that control screens show: one paired, renamed or revoked, one
 * connected or dropped, or one confirmed what it shows ({@code displayId} 0: several at once).
 */
public record DisplayChanged(long displayId) {
}
