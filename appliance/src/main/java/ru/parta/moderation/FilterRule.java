package ru.parta.moderation;

import java.util.regex.Pattern;

/** One line of the filter's vocabulary (lexicon.txt or an administrator's list). */
record FilterRule(String id, Category category, FilterAction action, Kind kind, Pattern pattern, boolean english) {

    enum Category { OBSCENE, VULGAR, INSULT, LISTED }

    enum Kind { STEM, WORD, PART, INSULT }

    static FilterRule of(String id, Category category, FilterAction action, Kind kind, String regex) {
        String anchored = switch (kind) {
            case STEM -> "^(?:" + regex + ")";
            case WORD -> "^(?:" + regex + ")$";
            case PART -> regex;
            case INSULT -> "^(?:" + regex + ")$";
        };
        return new FilterRule(id, category, action, kind, Pattern.compile(anchored, Pattern.UNICODE_CASE),
                id.startsWith("en."));
    }

    boolean matches(String word) {
        return pattern.matcher(word).find();
    }
}
