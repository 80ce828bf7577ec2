package ru.parta.moderation;

/**
 * What the filter does with a text a rule catches, strictest first: the author rephrases (the text
 * stays in their box), a moderator approves it before anyone else sees it, or it goes out and a
 * moderator finds it in the queue. Screens word each as {@code moderation.action.<name>}.
 */
public enum FilterAction {
    REFUSE,
    HOLD,
    FLAG;

    public String messageKey() {
        return "moderation.action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
