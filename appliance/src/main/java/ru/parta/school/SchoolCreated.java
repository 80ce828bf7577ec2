package ru.parta.school;

/** The school profile now exists (published after commit). */
public record SchoolCreated(String name, String timeZone) {
}
