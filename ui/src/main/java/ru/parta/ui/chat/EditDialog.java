package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import ru.parta.base.PartaException;
import ru.parta.ui.base.UiErrors;

/** Edits the text of one's own message; a refused text stays in the box to be fixed. */
class EditDialog extends Dialog {

    EditDialog(String text, SerializableConsumer<String> save) {
        setHeaderTitle(getTranslation("chat.edit.title"));
        TextArea area = new TextArea();
        area.setValue(text);
        area.setId("chat-edit-text");
        area.setWidthFull();
        area.setMinHeight("8em");
        add(area);
        Button ok = new Button(getTranslation("chat.edit.save"), click -> {
            try {
                save.accept(area.getValue());
                close();
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("chat-edit-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
        addClassName("chat-dialog");
    }
}
