package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A class such as "5А"; after graduation it keeps its last label for history and frees it for reuse. */
@MappedEntity("school_class")
public record SchoolClass(@Id @GeneratedValue @Nullable Long id, int grade, String letter,
                          @Nullable String activeLabel, @Nullable Long classTeacherId,
                          @Nullable Integer graduatedYear, Instant createdAt) {

    public String label() {
        return ClassLabel.of(grade, letter);
    }

    public boolean isCurrent() {
        return graduatedYear == null;
    }

    SchoolClass withClassTeacher(@Nullable Long teacherId) {
        return new SchoolClass(id, grade, letter, activeLabel, teacherId, graduatedYear, createdAt);
    }

    SchoolClass promoted() {
        return new SchoolClass(id, grade + 1, letter, ClassLabel.of(grade + 1, letter), classTeacherId, null,
                createdAt);
    }

    SchoolClass graduated(int year) {
        return new SchoolClass(id, grade, letter, null, classTeacherId, year, createdAt);
    }
}
