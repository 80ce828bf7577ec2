package ru.parta.school;

/** A group was created or its members changed (published after commit). */
public record GroupChanged(long groupId) {
}
