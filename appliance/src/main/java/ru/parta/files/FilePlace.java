package ru.parta.files;

/** Where a file is shared; who may fetch it follows from the place. */
public enum FilePlace {
    MATERIALS
}
