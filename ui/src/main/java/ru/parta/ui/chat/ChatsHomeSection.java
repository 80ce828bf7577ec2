package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Singleton;
import java.time.Clock;
import ru.parta.access.AccountSummary;
import ru.parta.base.event.EventBus;
import ru.parta.chat.ChatService;
import ru.parta.school.SchoolService;
import ru.parta.ui.base.HomeSection;

/** The home page's chats: the first eight, unread first, live. */
@Singleton
class ChatsHomeSection implements HomeSection {

    private static final int SHOWN = 8;

    private final ChatService chats;
    private final SchoolService school;
    private final EventBus events;
    private final ru.parta.live.LiveHub live;
    private final ru.parta.live.LiveTickets tickets;
    private final Clock clock;

    ChatsHomeSection(ChatService chats, SchoolService school, EventBus events, Clock clock,
                     ru.parta.live.LiveHub live, ru.parta.live.LiveTickets tickets) {
        this.chats = chats;
        this.school = school;
        this.events = events;
        this.live = live;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(AccountSummary viewer) {
        Div section = new Div();
        section.addClassName("home-chats");
        section.add(new H3(section.getTranslation("chats.title")));
        section.add(new ChatList(chats, live, tickets, events, viewer.id(), school.zone(), clock, SHOWN,
                ChatList.Kinds.ALL));
        RouterLink all = new RouterLink(section.getTranslation("home.allChats"), ChatsView.class);
        all.setId("home-all-chats");
        section.add(all);
        return section;
    }
}
