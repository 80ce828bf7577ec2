package ru.parta.chat;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.access.Role;

/**
 * Who may start a direct chat with whom, and which roles may send urgent messages. Staff may
 * always write to anyone; the switches cover students and parents.
 */
@MappedEntity("chat_policy")
public record ChatPolicy(@Id Long id, boolean studentsToTeachers, boolean studentsToClassmates,
                         boolean parentsToTeachers, boolean parentsToParents, String urgentRoles) {

    static final long THE_POLICY = 1L;

    public Set<Role> urgentRoleSet() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(urgentRoles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    public static ChatPolicy of(boolean studentsToTeachers, boolean studentsToClassmates, boolean parentsToTeachers,
                                boolean parentsToParents, Set<Role> urgentRoles) {
        return new ChatPolicy(THE_POLICY, studentsToTeachers, studentsToClassmates, parentsToTeachers,
                parentsToParents, urgentRoles.stream().sorted().map(Role::name).collect(Collectors.joining(",")));
    }
}
