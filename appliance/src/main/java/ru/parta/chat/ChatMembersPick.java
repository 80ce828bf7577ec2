package ru.parta.chat;

import java.util.Set;

/** Who a teacher's chat is for: the students and/or the parents of classes, members of groups. */
public record ChatMembersPick(Set<Long> studentsOfClasses, Set<Long> parentsOfClasses, Set<Long> groups) {

    public ChatMembersPick {
        studentsOfClasses = Set.copyOf(studentsOfClasses);
        parentsOfClasses = Set.copyOf(parentsOfClasses);
        groups = Set.copyOf(groups);
    }

    public boolean isEmpty() {
        return studentsOfClasses.isEmpty() && parentsOfClasses.isEmpty() && groups.isEmpty();
    }
}
