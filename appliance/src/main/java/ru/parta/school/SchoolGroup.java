package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A group of people beyond classes: the staff room, clubs, project groups, methodical associations. */
@MappedEntity("school_group")
public record SchoolGroup(@Id @GeneratedValue @Nullable Long id, String name, GroupKind kind, Instant createdAt) {

    SchoolGroup renamed(String newName) {
        return new SchoolGroup(id, newName, kind, createdAt);
    }

    public boolean isStaffRoom() {
        return kind == GroupKind.STAFF_ROOM;
    }
}
