package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Set;
import ru.parta.access.AccountStatus;
import ru.parta.access.Role;

/** One line of a people screen: never contact details. */
public record PersonRow(long id, String fullName, Set<Role> roles, AccountStatus status, boolean teacherVerified,
                        @Nullable String classLabel, List<String> children) {

    public PersonRow {
        roles = Set.copyOf(roles);
        children = List.copyOf(children);
    }
}
