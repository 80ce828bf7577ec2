package ru.parta.people;

import java.util.List;
import java.util.Locale;

/** The three roster files a school keeps, and the columns each must have. */
public enum RosterKind {
    STUDENTS(List.of(RosterColumn.NAME, RosterColumn.CLASS)),
    PARENTS(List.of(RosterColumn.NAME, RosterColumn.CHILD, RosterColumn.CLASS)),
    STAFF(List.of(RosterColumn.NAME, RosterColumn.ROLES));

    private final List<RosterColumn> required;

    RosterKind(List<RosterColumn> required) {
        this.required = required;
    }

    public List<RosterColumn> required() {
        return required;
    }

    public String messageKey() {
        return "roster.kind." + name().toLowerCase(Locale.ROOT);
    }
}
