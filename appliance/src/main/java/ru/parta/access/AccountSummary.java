package ru.parta.access;

import java.util.Set;

/** What the rest of the application knows of an account: never its password hash. */
public record AccountSummary(long id, String login, String fullName, Set<Role> roles, AccountStatus status,
                             boolean teacherVerified, boolean enabled, boolean passwordChangeRequired) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Administrators, the director and teachers: the staff room's members. */
    public boolean isStaff() {
        return hasAnyRole(Role.STAFF);
    }
}
