package ru.parta.people;

/** People were added, moved, linked or left (published after commit); screens listing people refresh. */
public record PeopleChanged() {
}
