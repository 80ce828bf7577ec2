package ru.parta.access;

/** What a person may do in the school; a person may hold several. */
public enum Role {
    ADMIN,
    DIRECTOR,
    TEACHER,
    STUDENT,
    PARENT;

    /** The message key of the role's name as people in a Russian school say it. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
