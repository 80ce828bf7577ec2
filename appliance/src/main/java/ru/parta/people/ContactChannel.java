package ru.parta.people;

import java.util.Locale;

/** The traditional way to reach a family that refused the platform. */
public enum ContactChannel {
    PHONE,
    EMAIL,
    IN_PERSON;

    public String messageKey() {
        return "optOut.channel." + name().toLowerCase(Locale.ROOT);
    }
}
