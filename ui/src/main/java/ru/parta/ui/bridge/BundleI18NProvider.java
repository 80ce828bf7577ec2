package ru.parta.ui.bridge;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import ru.parta.base.i18n.Messages;

/** Vaadin's translations: the UI's bundle first, then the core's (errors, roles). */
@Singleton
public class BundleI18NProvider implements I18NProvider {

    private final Messages messages = new Messages(List.of("i18n/ui", "i18n/core"));

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.translate(key, locale, params);
    }

    public boolean hasTranslation(String key, Locale locale) {
        return messages.has(key, locale);
    }
}
