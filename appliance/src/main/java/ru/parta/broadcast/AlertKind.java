package ru.parta.broadcast;

import java.util.Locale;

/** What an emergency alert is about; each has its own colour and words on the displays. */
public enum AlertKind {
    FIRE,
    EVACUATION,
    LOCKDOWN,
    WEATHER,
    OTHER;

    public String messageKey() {
        return "alert.kind." + name().toLowerCase(Locale.ROOT);
    }
}
