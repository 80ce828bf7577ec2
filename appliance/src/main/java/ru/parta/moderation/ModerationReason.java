package ru.parta.moderation;

/**
 * Why something is removed or reported: the kinds of unlawful content Russian law names (extremism,
 * drugs, suicide, pornography, gambling, other unlawful), others' personal data, insults or obscene
 * language, bullying, spam, other. Screens word each as {@code moderation.reason.<name>}.
 */
public enum ModerationReason {
    EXTREMISM,
    DRUGS,
    SUICIDE,
    PORNOGRAPHY,
    GAMBLING,
    UNLAWFUL,
    PERSONAL_DATA,
    INSULT,
    BULLYING,
    SPAM,
    OTHER;

    public String messageKey() {
        return "moderation.reason." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
