package ru.parta.setup;

/** One step of a new school's first hour, and whether the school's real state shows it done. */
public record FirstStep(Kind kind, boolean done) {

    /** In the order a school really takes them. */
    public enum Kind {
        SCHOOL_PROFILE,
        CLASSES,
        IMPORT_PEOPLE,
        PRINT_SLIPS,
        INVITE_TEACHERS,
        JOIN_REQUESTS
    }
}
