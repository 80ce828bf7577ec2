package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import ru.parta.chat.ChatMessage;
import ru.parta.base.PartaException;
import ru.parta.moderation.ModerationReason;
import ru.parta.ui.base.UiErrors;

/**
 * A moderator hides a message: the reason, which readers will see in its place; or removes just one
 * of its files (an unlawful picture under an innocent text).
 */
class HideDialog extends Dialog {

    /** For a message, with its files offered for removal one by one. */
    HideDialog(List<ChatMessage.Attachment> files, Consumer<ModerationReason> hide,
               BiConsumer<Long, ModerationReason> removeFile) {
        this(false, files, hide, removeFile);
    }

    /** For a comment on a post. */
    HideDialog(Consumer<ModerationReason> hide) {
        this(true, List.of(), hide, (file, reason) -> { });
    }

    private HideDialog(boolean comment, List<ChatMessage.Attachment> files, Consumer<ModerationReason> hide,
                       BiConsumer<Long, ModerationReason> removeFile) {
        setId("moderation-hide");
        addClassName("chat-dialog");
        setHeaderTitle(getTranslation(comment ? "moderation.hideComment.title" : "moderation.hide.title"));
        RadioButtonGroup<ModerationReason> reasons = new RadioButtonGroup<>();
        reasons.setItems(ModerationReason.values());
        reasons.setItemLabelGenerator(reason -> getTranslation(reason.messageKey()));
        reasons.setValue(ModerationReason.INSULT);
        reasons.setId("moderation-reason");
        reasons.addClassName("moderation-reasons");
        add(new Paragraph(getTranslation(comment ? "moderation.hideComment.hint" : "moderation.hide.hint")), reasons);
        for (ChatMessage.Attachment file : files) {
            Button remove = new Button(getTranslation("moderation.removeFile.named", file.name()),
                    click -> act(() -> removeFile.accept(file.fileId(), reasons.getValue())));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setId("moderation-remove-file-" + file.fileId());
            add(new Div(remove));
        }
        Button confirm = new Button(getTranslation("moderation.hide"), click -> act(() -> hide.accept(reasons.getValue())));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("moderation-hide-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    private void act(Runnable action) {
        try {
            action.run();
            close();
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
