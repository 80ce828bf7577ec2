package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import ru.parta.access.AccountSummary;
import ru.parta.chat.HeldItem;
import ru.parta.chat.HeldMessages;
import ru.parta.ui.access.CurrentAccount;

/** The viewer's own messages held by quiet hours in this chat, each to edit or withdraw before morning. */
class HeldBox extends Div {

    private final long conversationId;
    private final HeldMessages heldMessages;
    private final AccountSummary viewer;
    private final ZoneId zone;

    HeldBox(long conversationId, HeldMessages heldMessages, AccountSummary viewer, ZoneId zone) {
        this.conversationId = conversationId;
        this.heldMessages = heldMessages;
        this.viewer = viewer;
        this.zone = zone;
        addClassName("chat-held");
        setId("chat-held");
    }

    void show() {
        removeAll();
        for (HeldItem held : heldMessages.findHeldMessages(conversationId, viewer.id())) {
            Div text = new Div(held.body());
            text.addClassName("chat-body");
            Span when = new Span(getTranslation("chat.held.until", ChatComposer.clockTime(held.deliverAt(), zone)));
            when.addClassName("chat-held-when");
            Button edit = new Button(getTranslation("chat.edit"), click -> new EditDialog(held.body(),
                    changed -> heldMessages.editHeldMessage(held.id(), changed, CurrentAccount.actor())).open());
            Button withdraw = new Button(getTranslation("chat.withdraw"),
                    click -> heldMessages.withdrawHeldMessage(held.id(), CurrentAccount.actor()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div item = new Div(text, new Div(when, edit, withdraw));
            item.addClassNames("chat-message", "own", "held");
            add(item);
        }
    }
}
