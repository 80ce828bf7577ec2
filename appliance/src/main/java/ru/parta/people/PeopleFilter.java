package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import ru.parta.access.AccountStatus;
import ru.parta.access.Role;

/**
 * What a people screen asks for: a piece of a name, a role, a class (its students, their parents
 * and its teachers), a group, a status. Nulls mean "any"; with no status, people who left or were
 * erased are hidden.
 */
public record PeopleFilter(@Nullable String text, @Nullable Role role, @Nullable Long classId,
                           @Nullable Long groupId, @Nullable AccountStatus status) {

    public static final PeopleFilter ALL = new PeopleFilter(null, null, null, null, null);

    public PeopleFilter withText(@Nullable String newText) {
        return new PeopleFilter(newText, role, classId, groupId, status);
    }
}
