package ru.parta.people;

import io.micronaut.core.annotation.Nullable;

/** A refusal with the child's name and class, for the register and the class teacher's list. */
public record OptOutView(OptOut optOut, String childName, @Nullable String classLabel) {
}
