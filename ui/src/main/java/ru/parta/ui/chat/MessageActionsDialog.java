package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.Reactions;

/** What one can do with a message: reply, react, and for one's own, edit or delete. */
class MessageActionsDialog extends Dialog {

    interface Handler {
        void reply();

        void react(String emoji);

        void edit();

        void delete();

        /** Pins the message above the chat; null when the viewer may not pin here. */
        default Runnable pin() {
            return null;
        }

        /** Reports the message to the chat's moderators. */
        default void report() {
        }

        /** Hides the message as a moderator (or shows it again when hidden); null when the viewer does not moderate here. */
        default Runnable moderate() {
            return null;
        }
    }

    MessageActionsDialog(ChatMessage message, boolean own, boolean mayReply, Handler handler) {
        addClassName("chat-dialog");
        setId("chat-actions");
        Div reactions = new Div();
        reactions.addClassName("chat-reaction-picker");
        for (String emoji : Reactions.REACTIONS) {
            Button react = new Button(emoji, click -> {
                close();
                handler.react(emoji);
            });
            react.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            react.addClassName("chat-react");
            reactions.add(react);
        }
        Div actions = new Div();
        actions.addClassName("chat-action-list");
        boolean live = !message.deleted() && !message.hidden();
        if (live) {
            add(reactions);
            if (mayReply) {
                actions.add(action(VaadinIcon.REPLY, "chat.reply", "chat-action-reply", handler::reply));
            }
        }
        if (live && !own) {
            actions.add(action(VaadinIcon.FLAG_O, "moderation.report", "chat-action-report", handler::report));
        }
        if (live && handler.pin() != null) {
            actions.add(action(VaadinIcon.PIN, "chat.pin", "chat-action-pin", handler.pin()));
        }
        if (!message.deleted() && handler.moderate() != null) {
            Button moderate = action(message.hidden() ? VaadinIcon.EYE : VaadinIcon.BAN, message.hidden()
                    ? "moderation.restore" : "moderation.hide", "chat-action-moderate", handler.moderate());
            if (!message.hidden()) {
                moderate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.add(moderate);
        }
        if (own && live && message.pollId() == null) {
            actions.add(action(VaadinIcon.EDIT, "chat.edit", "chat-action-edit", handler::edit));
        }
        if (own && live) {
            Button delete = action(VaadinIcon.TRASH, "chat.delete", "chat-action-delete", () -> { });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(click -> confirmDelete(handler));
            actions.add(delete);
        }
        add(actions);
    }

    private Button action(VaadinIcon icon, String key, String id, Runnable run) {
        Button button = new Button(getTranslation(key), icon.create(), click -> {
            if (!id.equals("chat-action-delete")) {
                close();
                run.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    private void confirmDelete(Handler handler) {
        removeAll();
        add(new Div(getTranslation("chat.delete.confirm")));
        Button yes = new Button(getTranslation("chat.delete"), click -> {
            close();
            handler.delete();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.setId("chat-delete-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), yes);
    }
}
