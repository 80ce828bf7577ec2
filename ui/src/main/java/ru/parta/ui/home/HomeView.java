package ru.parta.ui.home;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import com.vaadin.flow.component.html.Anchor;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.invitation.JoinRequestService;
import ru.parta.invitation.JoinRequestStatus;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.HomeSection;

/** The home page: a greeting, join requests to decide, and what features contribute (chats first). */
@Prototype
@Route(value = Routes.HOME, layout = MainLayout.class)
@AnyRole
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(JoinRequestService requests, java.util.List<HomeSection> sections) {
        addClassName("home");
        String name = CurrentAccount.get().map(AccountSummary::fullName).orElse("");
        H2 greeting = new H2(getTranslation("home.greeting", name));
        greeting.setId("greeting");
        add(greeting);
        CurrentAccount.get().ifPresent(me -> {
            long waiting = requests.findRequestsOf(me.id()).stream()
                    .filter(r -> r.request().status() == JoinRequestStatus.PENDING).count();
            if (waiting > 0) {
                add(new Anchor(Routes.ACCOUNT, getTranslation("home.myRequests", waiting)));
            }
            if (me.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.TEACHER))) {
                int toDecide = requests.findPendingRequests(me.id()).size();
                if (toDecide > 0) {
                    Anchor link = new Anchor(Routes.REQUESTS, getTranslation("home.requestsToDecide", toDecide));
                    link.setId("home-requests");
                    add(link);
                }
            }
            sections.stream().sorted(java.util.Comparator.comparingInt(HomeSection::order))
                    .forEach(section -> add(section.create(me)));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
