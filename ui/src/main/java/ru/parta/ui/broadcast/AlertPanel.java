package ru.parta.ui.broadcast;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import ru.parta.broadcast.AlertInfo;
import ru.parta.broadcast.AlertKind;
import ru.parta.broadcast.EmergencyService;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Irreversible;

/**
 * The emergency alert: raised on every display at once (with a confirmation, since a classroom
 * full of children will see it), optionally posted to the school channel as urgent, cleared by one
 * button while it stands.
 */
class AlertPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");
    /** No expiry, or minutes. */
    private static final List<Integer> EXPIRY = List.of(0, 10, 30, 60, 120);

    private final EmergencyService emergencies;
    private final ZoneId zone;

    AlertPanel(EmergencyService emergencies, ZoneId zone) {
        this.emergencies = emergencies;
        this.zone = zone;
        addClassName("alert-panel");
        setId("alert-panel");
        show();
    }

    void show() {
        removeAll();
        Optional<AlertInfo> standing = emergencies.findStandingAlert();
        add(new H3(getTranslation("alertForm.title")));
        if (standing.isPresent()) {
            AlertInfo alert = standing.get();
            addClassName("alert-standing");
            Paragraph what = new Paragraph(getTranslation(alert.kind().messageKey()) + ": " + alert.body());
            what.setId("alert-standing-text");
            Paragraph who = new Paragraph(getTranslation("alertForm.raisedBy", alert.raisedByName(),
                    TIME.format(alert.raisedAt().atZone(zone))) + (alert.expiresAt() == null ? ""
                    : " · " + getTranslation("alertForm.until", TIME.format(alert.expiresAt().atZone(zone)))));
            Button clear = new Button(getTranslation("alertForm.clear"), VaadinIcon.CHECK.create(),
                    click -> emergencies.clearAlert(CurrentAccount.actor()));
            clear.setId("alert-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(what, who, clear);
            return;
        }
        removeClassName("alert-standing");
        Select<AlertKind> kind = new Select<>();
        kind.setLabel(getTranslation("alertForm.kind"));
        kind.setItems(AlertKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(AlertKind.FIRE);
        kind.setId("alert-kind");
        TextArea text = new TextArea(getTranslation("alertForm.text"));
        text.setPlaceholder(getTranslation("alertForm.placeholder"));
        text.setMaxLength(500);
        text.setId("alert-text");
        text.setWidthFull();
        Select<Integer> expiry = new Select<>();
        expiry.setLabel(getTranslation("alertForm.expiry"));
        expiry.setItems(EXPIRY);
        expiry.setItemLabelGenerator(m -> m == 0 ? getTranslation("alertForm.noExpiry")
                : getTranslation("alertForm.minutes", m));
        expiry.setValue(0);
        expiry.setId("alert-expiry");
        Checkbox post = new Checkbox(getTranslation("alertForm.post"));
        post.setId("alert-post");
        Button raise = new Button(getTranslation("alertForm.raise"), VaadinIcon.BELL.create(), click ->
                Irreversible.confirm(getTranslation("alertForm.confirmTitle"), getTranslation("alertForm.confirmText",
                        getTranslation(kind.getValue().messageKey())), getTranslation("alertForm.raise"), () ->
                        emergencies.raiseAlert(kind.getValue(), text.getValue(), expiry.getValue() == 0 ? null
                                : expiry.getValue(), post.getValue(), CurrentAccount.actor())));
        raise.setId("alert-raise");
        raise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(kind, expiry);
        fields.addClassName("form-row");
        add(fields, text, post, raise, history());
    }

    /** The latest alerts: what, who, when, until when (the log the school keeps of them). */
    private Details history() {
        Div lines = new Div();
        lines.addClassName("alert-history");
        for (AlertInfo alert : emergencies.findLatestAlerts(CurrentAccount.actor().accountId())) {
            lines.add(new Paragraph(TIME.format(alert.raisedAt().atZone(zone)) + " · "
                    + getTranslation(alert.kind().messageKey()) + ": " + alert.body() + " · " + alert.raisedByName()
                    + (alert.clearedAt() == null ? "" : " · " + getTranslation("alertForm.clearedAt",
                    TIME.format(alert.clearedAt().atZone(zone))))));
        }
        if (lines.getComponentCount() == 0) {
            lines.add(new Paragraph(getTranslation("alertForm.noHistory")));
        }
        Details history = new Details(getTranslation("alertForm.history"), lines);
        history.setId("alert-history");
        return history;
    }
}
