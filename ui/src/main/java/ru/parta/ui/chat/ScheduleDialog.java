package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * When to publish a message, in the school's time (whatever the device's zone); the service
 * refuses a time past or too far, and quiet hours may move it to their end.
 */
class ScheduleDialog extends Dialog {

    ScheduleDialog(ZoneId zone, Clock clock, Instant current, Consumer<Instant> chosen) {
        setId("chat-schedule-dialog");
        addClassName("chat-dialog");
        setHeaderTitle(getTranslation("chat.schedule"));
        DateTimePicker when = new DateTimePicker(getTranslation("chat.schedule.when"));
        when.setId("chat-schedule-when");
        when.setLocale(getLocale());
        when.setStep(java.time.Duration.ofMinutes(15));
        LocalDateTime nextHour = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        when.setValue(current == null ? nextHour : LocalDateTime.ofInstant(current, zone));
        when.setMin(LocalDateTime.now(clock.withZone(zone)));
        add(when, new Paragraph(getTranslation("chat.schedule.hint", zone.getId())));
        Button ok = new Button(getTranslation("chat.schedule.set"), click -> {
            if (when.getValue() != null) {
                chosen.accept(when.getValue().atZone(zone).toInstant());
                close();
            }
        });
        ok.setId("chat-schedule-set");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
