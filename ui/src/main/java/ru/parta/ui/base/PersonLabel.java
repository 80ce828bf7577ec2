package ru.parta.ui.base;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A person's name as shown everywhere: with the "verified teacher" badge when they have it. */
public final class PersonLabel extends Span {

    public PersonLabel(String fullName, boolean verifiedTeacher) {
        addClassName("person-label");
        add(new Span(fullName));
        if (verifiedTeacher) {
            var badge = VaadinIcon.CHECK_CIRCLE.create();
            badge.addClassName("verified-badge");
            badge.getElement().setAttribute("aria-label", getTranslation("person.verifiedTeacher"));
            badge.getElement().setAttribute("title", getTranslation("person.verifiedTeacher"));
            add(badge);
        }
    }
}
