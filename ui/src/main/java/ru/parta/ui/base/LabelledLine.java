package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A translated label beside its value, as the facts of a backup or a certificate are listed; wraps on a phone. */
public final class LabelledLine {

    private LabelledLine() {
    }

    public static Div of(Component screen, String labelKey, String value) {
        Span label = new Span(screen.getTranslation(labelKey));
        label.addClassName("labelled-line-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("labelled-line");
        return line;
    }
}
