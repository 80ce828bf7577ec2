package ru.parta.people;

import jakarta.inject.Singleton;
import ru.parta.school.ClassDependents;

/** A class that has (or had) a student is the school's record: it is never deleted. */
@Singleton
class ClassEnrolments implements ClassDependents {

    private final EnrolmentRepository enrolments;

    ClassEnrolments(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public String keeps(long classId) {
        return enrolments.existsByClassId(classId) ? "class.delete.hasStudents" : null;
    }

    @Override
    public void releaseClass(long classId) {
        // Nothing of its own to remove: an empty class has no enrolments.
    }
}
