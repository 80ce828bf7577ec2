package ru.parta.ui.home;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.micronaut.context.annotation.Prototype;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.school.School;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LanguageSwitch;

/**
 * The frame around every signed-in page: a header with the school, the person and their roles,
 * the language switch and sign-out; a drawer with the sections (an overlay on phones).
 */
@Prototype
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span person = new Span();
    private final Span roles = new Span();

    public MainLayout(SchoolService schoolService) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.getElement().setAttribute("aria-label", getTranslation("shell.menu"));

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand-small");
        Span school = new Span(schoolService.findSchool().map(School::name).orElse(""));
        school.addClassName("shell-school");

        person.setId("current-person");
        person.addClassName("shell-person");
        roles.setId("current-roles");
        roles.addClassName("shell-roles");
        Div who = new Div(person, roles);
        who.addClassName("shell-who");

        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), click -> CurrentAccount.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setTooltipText(getTranslation("shell.signOut"));
        signOut.getElement().setAttribute("aria-label", getTranslation("shell.signOut"));

        Div header = new Div(toggle, brand, school, who, new LanguageSwitch(), signOut);
        header.addClassName("shell-header");
        addToNavbar(true, header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), Routes.HOME.isEmpty() ? "/" : Routes.HOME,
                VaadinIcon.HOME.create()));
        addToDrawer(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        CurrentAccount.get().ifPresent(this::show);
    }

    private void show(AccountSummary account) {
        person.setText(account.fullName());
        roles.setText(account.roles().stream().sorted()
                .map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", ")));
    }
}
