package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;

/**
 * A part of a channel's audience: a class (its students, their parents and/or its teachers, as
 * flagged), a group (its members; the flags do not apply), or, with neither, everyone in the
 * school with the flagged roles.
 */
public record AudiencePart(@Nullable Long classId, @Nullable Long groupId, boolean students, boolean parents,
                           boolean staff) {

    public static AudiencePart ofClass(long classId, boolean students, boolean parents) {
        return new AudiencePart(classId, null, students, parents, false);
    }

    public static AudiencePart ofGroup(long groupId) {
        return new AudiencePart(null, groupId, false, false, false);
    }

    public static AudiencePart wholeSchool(boolean students, boolean parents, boolean staff) {
        return new AudiencePart(null, null, students, parents, staff);
    }

    public boolean isWholeSchool() {
        return classId == null && groupId == null;
    }

    /** A class or school part that names no role reaches nobody. */
    boolean namesSomeone() {
        return groupId != null || students || parents || staff;
    }
}
