package ru.parta.rules;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** Who has accepted an edition of the rules and when, and who (able to sign in) has not yet. */
public record RulesSheet(int number, Instant publishedAt, List<Entry> entries) {

    public RulesSheet {
        entries = List.copyOf(entries);
    }

    /** {@code group}: a student's class, a parent's children's classes, or the staff roles. */
    public record Entry(String fullName, String group, @Nullable Instant acceptedAt) {

        public boolean accepted() {
            return acceptedAt != null;
        }
    }

    public int acceptedCount() {
        return (int) entries.stream().filter(Entry::accepted).count();
    }
}
