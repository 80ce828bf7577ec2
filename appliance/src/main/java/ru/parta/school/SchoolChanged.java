package ru.parta.school;

/** The school profile changed (published after commit): name, timezone, quiet hours or year. */
public record SchoolChanged(School school) {
}
