package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Set;
import ru.parta.access.Role;

/** A person an administrator adds by hand: a student needs a class, a parent at least one child. */
public record NewPerson(String fullName, Set<Role> roles, @Nullable Long classId, @Nullable LocalDate birthDate,
                        @Nullable String phone, @Nullable String email, Set<Long> childIds) {

    public NewPerson {
        roles = Set.copyOf(roles);
        childIds = Set.copyOf(childIds);
    }
}
