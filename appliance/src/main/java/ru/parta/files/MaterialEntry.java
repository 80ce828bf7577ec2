package ru.parta.files;

/** A material in a folder, with how often it was opened (and by how many people). */
public record MaterialEntry(StoredFile file, String uploaderName, int opens, int readers) {
}
