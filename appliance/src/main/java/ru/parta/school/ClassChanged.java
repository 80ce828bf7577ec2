package ru.parta.school;

/** A class was created, changed teachers, moved up a grade or graduated (published after commit). */
public record ClassChanged(long classId) {
}
