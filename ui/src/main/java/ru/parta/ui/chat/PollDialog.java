package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.parta.base.PartaException;
import ru.parta.chat.PostOutcome;
import ru.parta.poll.NewPoll;
import ru.parta.poll.PollService;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;

/**
 * A new poll in this chat: the question, two to ten answers, one or several choices, named or
 * anonymous, results live or after closing, and an optional deadline in the school's time.
 */
class PollDialog extends Dialog {

    private static final int MAX_OPTIONS = 10;

    private final Div answers = new Div();
    private final List<TextField> fields = new ArrayList<>();
    private final Button more;

    PollDialog(long conversationId, PollService polls, ZoneId zone, Clock clock) {
        setId("poll-dialog");
        addClassName("chat-dialog");
        setHeaderTitle(getTranslation("poll.new"));
        TextField question = new TextField(getTranslation("poll.question"));
        question.setId("poll-question");
        question.setMaxLength(300);
        question.setWidthFull();
        answers.addClassName("poll-answers");
        more = new Button(getTranslation("poll.addAnswer"), VaadinIcon.PLUS.create(), click -> addAnswer());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.setId("poll-add-answer");
        addAnswer();
        addAnswer();
        Checkbox multiple = box("poll.multiple", "poll-multiple");
        Checkbox anonymous = box("poll.anonymousBox", "poll-anonymous");
        Checkbox afterClose = box("poll.afterClose", "poll-after-close");
        DateTimePicker deadline = new DateTimePicker(getTranslation("poll.deadline"));
        deadline.setId("poll-deadline");
        deadline.setLocale(getLocale());
        deadline.setHelperText(getTranslation("poll.deadline.hint"));
        deadline.setMin(LocalDateTime.now(clock.withZone(zone)));
        Div options = new Div(multiple, anonymous, afterClose);
        options.addClassName("poll-settings");
        add(question, answers, more, options, deadline);
        Button create = new Button(getTranslation("poll.create"), click -> {
            List<String> texts = fields.stream().map(TextField::getValue).toList();
            try {
                String key = "poll-" + UUID.randomUUID().toString().replace("-", "");
                PostOutcome outcome = polls.createPoll(new NewPoll(conversationId, key, question.getValue(), texts,
                        multiple.getValue(), anonymous.getValue(), afterClose.getValue(),
                        deadline.getValue() == null ? null : deadline.getValue().atZone(zone).toInstant()),
                        CurrentAccount.actor());
                close();
                if (outcome.isHeld()) {
                    Notification.show(getTranslation("chat.held.notice",
                            ChatComposer.clockTime(outcome.held().deliverAt(), zone)), 5000,
                            Notification.Position.BOTTOM_CENTER);
                }
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        create.setId("poll-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    private void addAnswer() {
        TextField field = new TextField();
        field.setPlaceholder(getTranslation("poll.answer", fields.size() + 1));
        field.setAriaLabel(getTranslation("poll.answer", fields.size() + 1));
        field.setMaxLength(100);
        field.setWidthFull();
        field.setId("poll-answer-" + fields.size());
        fields.add(field);
        answers.add(field);
        more.setEnabled(fields.size() < MAX_OPTIONS);
    }

    private Checkbox box(String key, String id) {
        Checkbox box = new Checkbox(getTranslation(key));
        box.setId(id);
        return box;
    }
}
