package ru.parta.ui.chat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import ru.parta.access.AccountSummary;
import ru.parta.chat.ChatLinkService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.ConversationService;
import ru.parta.chat.DirectChats;
import ru.parta.ui.access.CurrentAccount;

/** A chat's top bar: back to the list, its title and size, members, its link, leaving it. */
class ChatHeader extends Div {

    ChatHeader(ChatSummary chat, ConversationService conversations, DirectChats directChats, ChatLinkService links,
               String baseUrl, ZoneId zone, AccountSummary viewer) {
        long conversationId = chat.conversationId();
        RouterLink back = new RouterLink("", ChatsView.class);
        back.add(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("chat-back");
        back.getElement().setAttribute("aria-label", getTranslation("chats.title"));
        H2 title = new H2(ChatTitles.title(this, chat));
        title.setId("chat-title");
        Span members = new Span(getTranslation("chat.members.count", chat.memberCount()));
        members.addClassName("chat-subtitle");
        Div names = new Div(title, members);
        names.addClassName("chat-names");
        add(back, names, iconButton(VaadinIcon.USERS, "chat-members", "chat.members",
                () -> new MembersDialog(conversations, directChats, chat, viewer.id()).open()));
        if (chat.kind() == ConversationKind.CUSTOM && conversations.mayManage(conversationId, viewer.id())) {
            add(iconButton(VaadinIcon.LINK, "chat-link", "chat.link.title",
                    () -> new ChatLinkDialog(links, conversationId, viewer.id(), baseUrl, zone).open()));
        }
        if (chat.kind() == ConversationKind.CUSTOM || chat.kind() == ConversationKind.DIRECT) {
            add(iconButton(VaadinIcon.EXIT_O, "chat-leave", "chat.leave", () -> {
                conversations.leaveChat(conversationId, CurrentAccount.actor());
                UI.getCurrent().navigate(ChatsView.class);
            }));
        }
        addClassName("chat-header");
    }

    private Button iconButton(VaadinIcon icon, String id, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        button.setTooltipText(getTranslation(labelKey));
        button.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return button;
    }
}
