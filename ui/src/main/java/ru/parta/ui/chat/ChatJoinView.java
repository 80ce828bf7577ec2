package ru.parta.ui.chat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import ru.parta.base.PartaException;
import ru.parta.chat.ChatLinkService;
import ru.parta.chat.Conversation;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.home.MainLayout;

/** Where a chat link leads: the chat's name and "join" (after signing in, if need be). */
@Prototype
@Route(value = Routes.CHAT_JOIN + "/:token", layout = MainLayout.class)
@AnyRole
public class ChatJoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChatLinkService links;

    public ChatJoinView(ChatLinkService links) {
        this.links = links;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        add(new H2(getTranslation("chat.join.title")));
        try {
            Conversation chat = links.describeChatLink(token);
            Paragraph what = new Paragraph(getTranslation("chat.join.what", chat.title()));
            what.setId("chat-join-what");
            Button join = new Button(getTranslation("chat.join.button"), click -> {
                long id = links.joinByLink(token, CurrentAccount.actor()).id();
                UI.getCurrent().navigate(Routes.chat(id));
            });
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setId("chat-join");
            add(what, join);
        } catch (PartaException invalid) {
            Paragraph gone = new Paragraph(getTranslation(invalid.messageKey(), invalid.arguments()));
            gone.setId("chat-join-invalid");
            add(gone);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chat.join.title");
    }
}
