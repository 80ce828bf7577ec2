package ru.parta.ui.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import ru.parta.access.AccountSummary;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;

/** The home page: a greeting for now; chats, channels and announcements will fill it. */
@Prototype
@Route(value = Routes.HOME, layout = MainLayout.class)
@AnyRole
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView() {
        addClassName("home");
        String name = CurrentAccount.get().map(AccountSummary::fullName).orElse("");
        H2 greeting = new H2(getTranslation("home.greeting", name));
        greeting.setId("greeting");
        add(greeting, new Paragraph(getTranslation("home.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
