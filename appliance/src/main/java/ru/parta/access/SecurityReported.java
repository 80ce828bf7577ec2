package ru.parta.access;

/** Someone reported that their account is being used by another (published after commit). */
public record SecurityReported(long accountId) {
}
