package ru.parta.ui.chat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.Map;

/** Picks a member to mention; the name goes into the text as "@Name". */
class MentionDialog extends Dialog {

    MentionDialog(Map<Long, String> members, long viewerId, SerializableBiConsumer<Long, String> picked) {
        setHeaderTitle(getTranslation("chat.mention"));
        addClassName("chat-dialog");
        ComboBox<Map.Entry<Long, String>> who = new ComboBox<>();
        who.setId("chat-mention-pick");
        who.setWidthFull();
        who.setItems(members.entrySet().stream().filter(e -> e.getKey() != viewerId)
                .sorted(Map.Entry.comparingByValue()).toList());
        who.setItemLabelGenerator(Map.Entry::getValue);
        who.setPlaceholder(getTranslation("chat.mention.placeholder"));
        who.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                picked.accept(change.getValue().getKey(), change.getValue().getValue());
                close();
            }
        });
        add(who);
        addOpenedChangeListener(opened -> who.focus());
    }
}
