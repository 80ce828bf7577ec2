package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import ru.parta.base.PartaException;
import ru.parta.moderation.ModerationReason;
import ru.parta.ui.base.UiErrors;

/** Reporting a message to the chat's moderators: the reason and, if wished, a few words. */
class ReportDialog extends Dialog {

    ReportDialog(BiConsumer<ModerationReason, String> report) {
        setId("report-dialog");
        addClassName("chat-dialog");
        setHeaderTitle(getTranslation("moderation.report.title"));
        RadioButtonGroup<ModerationReason> reasons = new RadioButtonGroup<>();
        reasons.setItems(ModerationReason.values());
        reasons.setItemLabelGenerator(reason -> getTranslation(reason.messageKey()));
        reasons.setId("report-reason");
        reasons.addClassName("moderation-reasons");
        TextArea comment = new TextArea(getTranslation("moderation.report.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.setId("report-comment");
        add(new Paragraph(getTranslation("moderation.report.hint")), reasons, comment);
        Button send = new Button(getTranslation("moderation.report.send"), click -> {
            if (reasons.getValue() == null) {
                UiErrors.show(getTranslation("moderation.report.reasonRequired"));
                return;
            }
            try {
                report.accept(reasons.getValue(), comment.getValue());
                close();
                Notification.show(getTranslation("moderation.report.sent"), 4000, Notification.Position.BOTTOM_CENTER);
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("report-send");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
    }
}
