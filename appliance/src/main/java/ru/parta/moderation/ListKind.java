package ru.parta.moderation;

/**
 * How an administrator's list entry is read: WORDS, one word or several in a row, each as written
 * (its disguises undone as for the filter's own vocabulary) or, ending in "*", with any ending
 * ("колумбайн*"); PATTERN, a regular expression over the message in lower case ("1xbet\.\w+").
 */
public enum ListKind {
    WORDS,
    PATTERN;

    public String messageKey() {
        return "moderation.list.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
