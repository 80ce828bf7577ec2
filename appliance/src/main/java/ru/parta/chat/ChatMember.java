package ru.parta.chat;

import java.util.Set;
import ru.parta.access.Role;

/** A member as a chat screen shows them (mention picker, member list). */
public record ChatMember(long accountId, String fullName, Set<Role> roles, boolean teacherVerified) {

    public ChatMember {
        roles = Set.copyOf(roles);
    }
}
