package ru.parta.people;

/**
 * The consent text parents accept when they activate. Its wording lives in the bundles under a
 * key carrying the version, so a new wording needs a new version and old records keep meaning
 * exactly what was shown.
 */
public final class Consent {

    public static final String CURRENT_VERSION = "2026-11";

    private Consent() {
    }

    public static String textKey(String version) {
        return "consent.parent." + version;
    }
}
