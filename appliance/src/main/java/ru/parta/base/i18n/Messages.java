package ru.parta.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translates message keys from the bundles under {@code i18n/}: Russian is the default, English
 * the second language. The core's bundle holds error and domain terms; the UI adds its own
 * bundle in front of it.
 */
public final class Messages {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(RUSSIAN, ENGLISH);
    /** The cookie holding a browser's chosen language ("ru" or "en"); Russian without it. */
    public static final String LANGUAGE_COOKIE = "parta-lang";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundleNames;

    public Messages(List<String> bundleNames) {
        this.bundleNames = List.copyOf(bundleNames);
    }

    /** The core's own bundle only. */
    public static Messages core() {
        return new Messages(List.of("i18n/core"));
    }

    /** One of the supported locales for any requested one: its language if known, else Russian. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return RUSSIAN;
    }

    public boolean has(String key, Locale locale) {
        return lookup(key, supported(locale)) != null;
    }

    public String translate(String key, Locale locale, Object... arguments) {
        Locale target = supported(locale);
        String pattern = lookup(key, target);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, target).format(arguments);
    }

    private String lookup(String key, Locale locale) {
        for (String bundleName : bundleNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                        Messages.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // This bundle has no file for the locale; the next bundle may.
            }
        }
        return null;
    }
}
