package ru.parta.school;

/**
 * What another feature keeps for a class, asked when an administrator deletes a class made by
 * mistake. Each feature says whether it holds something that must not vanish with the class (a
 * student's enrolment, a message, a material, an invitation) and otherwise removes its own empty
 * rows (the class's empty chats) in the deleting transaction, before the class row goes. So the
 * school feature needs to know nothing of the others' tables.
 */
public interface ClassDependents {

    /** The message key of what keeps the class, or null when this feature holds nothing that matters. */
    String keeps(long classId);

    /** Removes this feature's rows of an empty class; called only after no feature keeps it. */
    void releaseClass(long classId);
}
