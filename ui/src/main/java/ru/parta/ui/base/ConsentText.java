package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import ru.parta.people.Consent;

/**
 * The consent wording in a box that scrolls on phones. The box can take keyboard focus and is a
 * named region, so someone who reads with the keyboard or a screen reader can scroll it too.
 */
public final class ConsentText {

    private ConsentText() {
    }

    public static Paragraph of(Component owner, String version) {
        Paragraph text = new Paragraph(owner.getTranslation(Consent.textKey(version)));
        text.addClassName("consent-text");
        text.getElement().setAttribute("tabindex", "0");
        text.getElement().setAttribute("role", "region");
        text.getElement().setAttribute("aria-label", owner.getTranslation("consent.region"));
        return text;
    }
}
