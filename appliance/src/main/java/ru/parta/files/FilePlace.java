package ru.parta.files;

/** Where a file is shared; who may fetch it follows from the place. */
public enum FilePlace {
    MATERIALS,
    /** Attached to a chat's message; the place id is the conversation's. */
    CONVERSATION,
    /** Uploaded for the classroom displays; staff may fetch them (ru.parta.broadcast). */
    BROADCAST
}
