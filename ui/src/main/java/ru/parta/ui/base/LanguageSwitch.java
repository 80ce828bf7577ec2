package ru.parta.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import ru.parta.base.i18n.Messages;

/** Two small buttons, "RU" and "EN"; the current language is highlighted. */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("language-switch");
        for (Locale locale : Messages.SUPPORTED) {
            Button button = new Button(getTranslation("language.short." + locale.getLanguage()),
                    click -> Languages.choose(locale));
            // The spoken name starts with what the button shows ("RU — Русский"), so voice control
            // users can say what they see (WCAG 2.5.3, label in name).
            button.getElement().setAttribute("aria-label", getTranslation("language.short." + locale.getLanguage())
                    + " — " + getTranslation("language.name." + locale.getLanguage()));
            button.setId("language-" + locale.getLanguage());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    locale.getLanguage().equals(getLocale().getLanguage())
                            ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            add(button);
        }
    }
}
