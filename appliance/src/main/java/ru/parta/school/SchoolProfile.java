package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalTime;

/** What an administrator edits on the school profile page. */
public record SchoolProfile(String name, @Nullable String address, String timeZone, LocalTime quietFrom,
                            LocalTime quietUntil) {
}
