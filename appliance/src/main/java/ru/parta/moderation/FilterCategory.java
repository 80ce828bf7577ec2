package ru.parta.moderation;

/**
 * What a filter rule catches: obscene language (mat), rude words, insults aimed at a person (the
 * vocabulary's categories, whose action administrators may choose), or an entry of the school's own
 * list (its action is the entry's). Screens word each as {@code moderation.category.<name>}.
 */
public enum FilterCategory {
    OBSCENE,
    VULGAR,
    INSULT,
    LISTED;

    public String messageKey() {
        return "moderation.category." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
