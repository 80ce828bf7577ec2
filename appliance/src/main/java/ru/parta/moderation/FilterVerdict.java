package ru.parta.moderation;

import io.micronaut.core.annotation.Nullable;

/**
 * What the filter made of a text: passed, or caught by a rule (its id, category and action) at a
 * word (as written, for the moderator; never shown to other readers; for the school's list, the
 * entry), with the reason a moderator's queue gives it.
 */
public record FilterVerdict(@Nullable String ruleId, @Nullable String category, @Nullable String action,
                            @Nullable String word, @Nullable String reason) {

    static final FilterVerdict PASS = new FilterVerdict(null, null, null, null, null);

    public boolean passed() {
        return ruleId == null;
    }

    public boolean refused() {
        return "REFUSE".equals(action);
    }

    public boolean held() {
        return "HOLD".equals(action);
    }

    public boolean flagged() {
        return "FLAG".equals(action);
    }
}
