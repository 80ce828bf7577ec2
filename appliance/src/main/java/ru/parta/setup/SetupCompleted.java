package ru.parta.setup;

/** The wizard finished: the school and its first administrator exist (published after commit). */
public record SetupCompleted(String schoolName, long administratorAccountId) {
}
