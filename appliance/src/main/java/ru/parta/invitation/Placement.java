package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.Role;
import ru.parta.people.PeopleService;
import ru.parta.school.GroupService;

/** Gives a person what their link (or their approved request) promised: the role and the place. */
@Singleton
class Placement {

    private final AccountService accounts;
    private final PeopleService people;
    private final GroupService groups;

    Placement(AccountService accounts, PeopleService people, GroupService groups) {
        this.accounts = accounts;
        this.people = people;
        this.groups = groups;
    }

    void place(long accountId, Role role, @Nullable Long classId, @Nullable Long groupId, @Nullable Long childId,
               long grantedBy) {
        accounts.grantRoles(accountId, Set.of(role), grantedBy);
        if (role == Role.STUDENT && classId != null) {
            people.placeStudent(accountId, classId);
        }
        if (role == Role.PARENT && childId != null) {
            people.placeParent(accountId, childId);
        }
        if (groupId != null) {
            groups.joinGroup(groupId, accountId);
        }
    }

    @Nullable Long findChild(String childName, long classId) {
        return people.findStudentInClass(childName, classId).orElse(null);
    }
}
