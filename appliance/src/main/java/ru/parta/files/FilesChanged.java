package ru.parta.files;

/** Files were added, moved or deleted in a place (published after commit). */
public record FilesChanged(FilePlace place, long placeId) {
}
