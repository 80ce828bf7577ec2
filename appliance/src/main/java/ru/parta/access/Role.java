package ru.parta.access;

import java.util.Locale;
import java.util.Set;

/** What a person may do in the school; a person may hold several. */
public enum Role {
    ADMIN,
    DIRECTOR,
    TEACHER,
    STUDENT,
    PARENT;

    /** The roles of the school's staff, who all belong to the staff room. */
    public static final Set<Role> STAFF = Set.of(ADMIN, DIRECTOR, TEACHER);

    /** The message key of the role's name as people in a Russian school say it. */
    public String messageKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
