package ru.parta.ui.channel;

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
import ru.parta.channel.ChannelService;
import ru.parta.chat.ChatService;
import ru.parta.live.LiveHub;
import ru.parta.live.LiveTickets;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.chat.ChatList;
import ru.parta.ui.home.MainLayout;

/** Someone's channels beside their chats, unread first and live, with "new channel" for staff. */
@Prototype
@Route(value = Routes.CHANNELS, layout = MainLayout.class)
@AnyRole
public class ChannelsView extends VerticalLayout implements HasDynamicTitle {

    public ChannelsView(ChatService chats, ChannelService channels, SchoolService school, EventBus events, Clock clock,
                        LiveHub live, LiveTickets tickets) {
        addClassName("chats-view");
        AccountSummary viewer = CurrentAccount.get().orElseThrow();
        Div actions = new Div();
        actions.addClassName("chats-actions");
        if (channels.mayCreateChannels(viewer.id())) {
            Button create = new Button(getTranslation("channels.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ChannelSettingsView.NEW_CHANNEL)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("channels-new");
            actions.add(create);
        }
        Div head = new Div(new H2(getTranslation("channels.title")), actions);
        head.addClassName("chats-head");
        add(head, new ChatList(chats, live, tickets, events, viewer.id(), school.zone(), clock, Integer.MAX_VALUE,
                ChatList.Kinds.CHANNELS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("channels.title");
    }
}
