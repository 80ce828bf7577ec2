package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import ru.parta.access.AccountStatus;
import ru.parta.access.Role;
import ru.parta.base.i18n.Phrase;

/** Translates a service's {@link Phrase}; arguments that are roles or statuses are translated too. */
public final class Phrases {

    private Phrases() {
    }

    public static String text(Component component, Phrase phrase) {
        Object[] args = phrase.args().stream().map(arg -> switch (arg) {
            case Role role -> component.getTranslation(role.messageKey());
            case AccountStatus status -> component.getTranslation(status.messageKey());
            default -> arg;
        }).toArray();
        return component.getTranslation(phrase.key(), args);
    }
}
