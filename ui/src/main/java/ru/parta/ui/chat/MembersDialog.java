package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.stream.Collectors;
import ru.parta.chat.ChatMember;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationService;
import ru.parta.chat.DirectChats;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.PersonLabel;

/** Who is in a chat; a private chat with one of them; for a teacher's chat, its creator removes members. */
class MembersDialog extends Dialog {

    MembersDialog(ConversationService conversations, DirectChats directChats, ChatSummary chat, long viewerId) {
        setHeaderTitle(getTranslation("chat.members.count", chat.memberCount()));
        addClassName("chat-dialog");
        setId("chat-members-dialog");
        boolean manage = conversations.mayManage(chat.conversationId(), viewerId);
        Grid<ChatMember> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(m -> {
            Div cell = new Div(new PersonLabel(m.fullName(), m.teacherVerified()));
            Div roles = new Div(m.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                    .collect(Collectors.joining(", ")));
            roles.addClassName("chat-member-roles");
            cell.add(roles);
            return cell;
        }).setFlexGrow(1);
        grid.addComponentColumn(m -> actions(conversations, directChats, chat, viewerId, manage, m)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(conversations.findMembers(chat.conversationId(), viewerId));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
        grid.setWidth("min(32rem, 90vw)");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private Component actions(ConversationService conversations, DirectChats directChats, ChatSummary chat,
                              long viewerId, boolean manage, ChatMember member) {
        Div cell = new Div();
        if (member.accountId() == viewerId) {
            return cell;
        }
        Button write = new Button(VaadinIcon.CHAT.create(), click -> {
            long direct = directChats.openDirectChat(CurrentAccount.actor(), member.accountId()).id();
            close();
            UI.getCurrent().navigate(Routes.chat(direct));
        });
        write.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        write.setTooltipText(getTranslation("chat.writeDirect"));
        write.getElement().setAttribute("aria-label", getTranslation("chat.writeDirect"));
        cell.add(write);
        if (manage) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                conversations.removeMember(chat.conversationId(), member.accountId(), CurrentAccount.actor());
                close();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("chat.members.remove"));
            cell.add(remove);
        }
        return cell;
    }
}
