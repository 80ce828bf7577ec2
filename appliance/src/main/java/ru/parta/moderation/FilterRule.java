package ru.parta.moderation;

import java.util.regex.Pattern;

/** One line of the filter's vocabulary (lexicon.txt or an administrator's list). */
record FilterRule(String id, FilterCategory category, FilterAction action, Kind kind, Pattern pattern,
                  boolean english) {

    enum Kind { STEM, WORD, PART, INSULT }

    static FilterRule of(String id, FilterCategory category, FilterAction action, Kind kind, String regex) {
        String anchored = switch (kind) {
            case STEM -> "^(?:" + regex + ")";
            case WORD -> "^(?:" + regex + ")$";
            case PART -> regex;
            case INSULT -> "^(?:" + regex + ")$";
        };
        return new FilterRule(id, category, action, kind, Pattern.compile(anchored, Pattern.UNICODE_CASE),
                id.startsWith("en."));
    }

    /** The same rule with another action (an administrator's choice for its category). */
    FilterRule acting(FilterAction chosen) {
        return new FilterRule(id, category, chosen, kind, pattern, english);
    }

    boolean matches(String word) {
        return pattern.matcher(word).find();
    }
}
