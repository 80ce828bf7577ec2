package ru.parta.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.parta.console.ConsoleKey;
import ru.parta.console.ConsoleKeyService;
import ru.parta.ui.access.CurrentAccount;

/**
 * On an administrator's own page: the public keys that let them into the SSH console (each with
 * its fingerprint, when added and last used), adding one by pasting its {@code .pub} line, and
 * removing one (a lost laptop).
 */
public class ConsoleKeysSection extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ConsoleKeyService keys;
    private final ZoneId zone;
    private final Div list = new Div();

    public ConsoleKeysSection(ConsoleKeyService keys, ZoneId zone, String consoleAddress) {
        this.keys = keys;
        this.zone = zone;
        setId("console-keys");
        addClassName("console-keys");
        add(new H3(getTranslation("consoleKeys.title")), new Paragraph(getTranslation("consoleKeys.how", consoleAddress)));
        list.addClassName("console-key-list");
        add(list);
        TextField label = new TextField(getTranslation("consoleKeys.label"));
        label.setId("console-key-label");
        label.setMaxLength(100);
        label.setPlaceholder(getTranslation("consoleKeys.labelPlaceholder"));
        TextArea key = new TextArea(getTranslation("consoleKeys.key"));
        key.setId("console-key-text");
        key.setPlaceholder("ssh-ed25519 AAAA… ");
        key.setWidthFull();
        Button add = new Button(getTranslation("consoleKeys.add"), VaadinIcon.KEY.create(), click -> {
            ConsoleKey added = keys.addConsoleKey(label.getValue(), key.getValue(), CurrentAccount.actor());
            Notification.show(getTranslation("consoleKeys.added", added.fingerprint()));
            label.clear();
            key.clear();
            show();
        });
        add.setId("console-key-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(label, key, add);
        form.addClassName("console-key-form");
        add(form);
        show();
    }

    private void show() {
        list.removeAll();
        List<ConsoleKey> mine = keys.readConsoleKeys(CurrentAccount.actor());
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("consoleKeys.none")));
        }
        for (ConsoleKey key : mine) {
            Span name = new Span(key.label());
            name.addClassName("console-key-name");
            Span fingerprint = new Span(key.fingerprint());
            fingerprint.addClassName("console-key-fingerprint");
            Span when = new Span(getTranslation("consoleKeys.when", TIME.format(key.addedAt().atZone(zone)),
                    key.lastUsedAt() == null ? getTranslation("consoleKeys.never")
                            : TIME.format(key.lastUsedAt().atZone(zone))));
            Button remove = new Button(getTranslation("consoleKeys.remove"), VaadinIcon.TRASH.create(), click -> {
                keys.removeConsoleKey(key.id(), CurrentAccount.actor());
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("console-key-remove-" + key.id());
            Div row = new Div(name, fingerprint, when, remove);
            row.addClassName("console-key");
            list.add(row);
        }
    }
}
