package ru.parta.ui.chat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.base.PartaException;
import ru.parta.chat.DirectChats;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonRow;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;

/** Starts (or reopens) a private chat with someone the viewer can see; the school's policy decides. */
class DirectChatDialog extends Dialog {

    DirectChatDialog(PeopleDirectory directory, DirectChats directChats, AccountSummary viewer) {
        setHeaderTitle(getTranslation("chats.direct"));
        addClassName("chat-dialog");
        Paragraph hint = new Paragraph(getTranslation("chats.direct.hint"));
        hint.addClassName("hint");
        ComboBox<PersonRow> who = new ComboBox<>();
        who.setId("direct-person");
        who.setWidth("min(28rem, 80vw)");
        who.setPlaceholder(getTranslation("chats.direct.placeholder"));
        PeopleFilter active = new PeopleFilter(null, null, null, null, AccountStatus.ACTIVE);
        who.setItems(query -> directory.findPeople(viewer, active.withText(query.getFilter().orElse("")),
                query.getOffset(), query.getLimit()).stream().filter(p -> p.id() != viewer.id()));
        who.setItemLabelGenerator(p -> p.classLabel() == null ? p.fullName() : p.fullName() + ", " + p.classLabel());
        who.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                return;
            }
            try {
                long chat = directChats.openDirectChat(CurrentAccount.actor(), change.getValue().id()).id();
                close();
                UI.getCurrent().navigate(Routes.chat(chat));
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
                who.clear();
            }
        });
        add(hint, who);
    }
}
