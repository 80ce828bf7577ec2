package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import ru.parta.access.AccountSummary;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationService;
import ru.parta.chat.DirectChats;
import ru.parta.people.PeopleDirectory;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.home.MainLayout;

/** All of someone's chats, with "new chat" for staff and "write to…" for everyone. */
@Prototype
@Route(value = Routes.CHATS, layout = MainLayout.class)
@AnyRole
public class ChatsView extends VerticalLayout implements HasDynamicTitle {

    public ChatsView(ChatService chats, ConversationService conversations, DirectChats directChats, PeopleDirectory directory,
                     ClassService classes, GroupService groups, SchoolService school, EventBus events, Clock clock,
                     ru.parta.live.LiveHub live, ru.parta.live.LiveTickets tickets) {
        addClassName("chats-view");
        AccountSummary viewer = CurrentAccount.get().orElseThrow();
        H2 title = new H2(getTranslation("chats.title"));
        Button write = new Button(getTranslation("chats.direct"), VaadinIcon.CHAT.create(),
                click -> new DirectChatDialog(directory, directChats, viewer).open());
        write.setId("chats-direct");
        Div actions = new Div(write);
        actions.addClassName("chats-actions");
        if (viewer.isStaff()) {
            Button create = new Button(getTranslation("chats.new"), VaadinIcon.PLUS.create(),
                    click -> new NewChatDialog(conversations, classes, groups, viewer).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("chats-new");
            actions.addComponentAsFirst(create);
        }
        Div head = new Div(title, actions);
        head.addClassName("chats-head");
        add(head, new ChatList(chats, live, tickets, events, viewer.id(), school.zone(), clock,
                Integer.MAX_VALUE, ChatList.Kinds.CHATS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chats.title");
    }
}
