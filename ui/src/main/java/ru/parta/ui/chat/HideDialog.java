package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import ru.parta.base.PartaException;
import ru.parta.moderation.ModerationReason;
import ru.parta.ui.base.UiErrors;

/** A moderator hides a message: the reason, which readers will see in its place. */
class HideDialog extends Dialog {

    HideDialog(Consumer<ModerationReason> hide) {
        setId("moderation-hide");
        addClassName("chat-dialog");
        setHeaderTitle(getTranslation("moderation.hide.title"));
        RadioButtonGroup<ModerationReason> reasons = new RadioButtonGroup<>();
        reasons.setItems(ModerationReason.values());
        reasons.setItemLabelGenerator(reason -> getTranslation(reason.messageKey()));
        reasons.setValue(ModerationReason.INSULT);
        reasons.setId("moderation-reason");
        reasons.addClassName("moderation-reasons");
        add(new Paragraph(getTranslation("moderation.hide.hint")), reasons);
        Button confirm = new Button(getTranslation("moderation.hide"), click -> {
            try {
                hide.accept(reasons.getValue());
                close();
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("moderation-hide-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
