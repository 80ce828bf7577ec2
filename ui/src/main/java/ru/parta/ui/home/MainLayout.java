package ru.parta.ui.home;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.micronaut.context.annotation.Prototype;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.access.SessionService;
import ru.parta.access.SessionsEnded;
import ru.parta.base.event.EventBus;
import ru.parta.ui.base.LiveUpdates;
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
    private final SideNav nav = new SideNav();

    private final SessionService sessions;

    public MainLayout(SchoolService schoolService, SessionService sessions, EventBus events) {
        this.sessions = sessions;
        // Sessions ended elsewhere (by their owner, an administrator, a password change) close here at
        // once. By the person's topic: a thousand open pages must not each look at every event.
        CurrentAccount.get().ifPresent(person -> LiveUpdates.follow(this, events, SessionsEnded.class,
                ru.parta.base.event.Topic.person(person.id()), ended -> {
                    if (CurrentAccount.sessionId().map(ended.sessionIds()::contains).orElse(false)) {
                        CurrentAccount.drop();
                    }
                }));
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

        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), click -> signOutAskingFirst());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setTooltipText(getTranslation("shell.signOut"));
        signOut.getElement().setAttribute("aria-label", getTranslation("shell.signOut"));

        Div header = new Div(skipLink(), toggle, brand, school, who, new LanguageSwitch(), signOut);
        header.addClassName("shell-header");
        addToNavbar(true, header);

        addToDrawer(nav);
    }

    /**
     * The first Tab stop: jumps over the header and the menu to the page itself, straight into a
     * chat's message box where there is one, else to the page's heading.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#", getTranslation("shell.skipToContent"));
        skip.addClassName("skip-link");
        skip.setId("skip-to-content");
        skip.getElement().executeJs("this.addEventListener('click', (e) => { e.preventDefault();"
                + " const main = document.querySelector('vaadin-app-layout > :not([slot])');"
                + " const target = main && (main.querySelector('.chat-composer vaadin-text-area')"
                + " || main.querySelector('h1, h2'));"
                + " if (target) { if (!target.matches('vaadin-text-area')) { target.setAttribute('tabindex', '-1'); }"
                + " target.focus(); } });");
        return skip;
    }

    /**
     * Sign-out clears this browser's drafts and outbox (a shared classroom computer); if messages
     * are still waiting to be sent, the person decides first.
     */
    private void signOutAskingFirst() {
        String me = CurrentAccount.get().map(account -> String.valueOf(account.id())).orElse("");
        getElement().executeJs(CurrentAccount.UNSENT_COUNT, me).then(Integer.class, unsent -> {
            if (unsent == null || unsent == 0) {
                CurrentAccount.signOut(sessions);
            } else {
                confirmSignOut(unsent);
            }
        }, failed -> CurrentAccount.signOut(sessions));
    }

    private void confirmSignOut(int unsent) {
        Dialog dialog = new Dialog();
        dialog.setId("sign-out-unsent");
        dialog.setHeaderTitle(getTranslation("shell.signOut.unsent.title"));
        dialog.add(new Paragraph(getTranslation("shell.signOut.unsent.text", unsent)));
        Button stay = new Button(getTranslation("shell.signOut.unsent.stay"), click -> dialog.close());
        stay.setId("sign-out-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button leave = new Button(getTranslation("shell.signOut.unsent.leave"), click -> {
            dialog.close();
            CurrentAccount.signOut(sessions);
        });
        leave.setId("sign-out-anyway");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(leave, stay);
        dialog.open();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        CurrentAccount.get().ifPresent(this::show);
    }

    /** The sections a person's roles open; the route guard checks the same roles on the server. */
    private void showSections(AccountSummary account) {
        nav.removeAll();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "/", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.chats"), Routes.CHATS, VaadinIcon.CHAT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.people"), Routes.PEOPLE, VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.materials"), Routes.MATERIALS, VaadinIcon.BOOK.create()));
        if (account.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.DIRECTOR, Role.TEACHER))) {
            nav.addItem(new SideNavItem(getTranslation("nav.classes"), Routes.CLASSES, VaadinIcon.ACADEMY_CAP.create()));
        }
        if (account.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.DIRECTOR))) {
            nav.addItem(new SideNavItem(getTranslation("nav.groups"), Routes.GROUPS, VaadinIcon.GROUP.create()));
        }
        if (account.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.TEACHER))) {
            nav.addItem(new SideNavItem(getTranslation("nav.invitations"), Routes.INVITATIONS,
                    VaadinIcon.ENVELOPE_OPEN.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.requests"), Routes.REQUESTS, VaadinIcon.INBOX.create()));
        }
        if (account.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.DIRECTOR, Role.TEACHER))) {
            nav.addItem(new SideNavItem(getTranslation("nav.privacy"), Routes.PRIVACY, VaadinIcon.SHIELD.create()));
        }
        if (account.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.import"), Routes.IMPORT, VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.security"), Routes.SECURITY, VaadinIcon.LOCK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.chatSettings"), Routes.CHAT_SETTINGS,
                    VaadinIcon.COMMENTS_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.school"), Routes.SCHOOL_PROFILE,
                    VaadinIcon.COG.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.account"), Routes.ACCOUNT, VaadinIcon.USER.create()));
    }

    private void show(AccountSummary account) {
        showSections(account);
        person.setText(account.fullName());
        person.getElement().setAttribute("data-verified", account.teacherVerified());
        person.getElement().setAttribute("title", account.teacherVerified()
                ? account.fullName() + " — " + getTranslation("person.verifiedTeacher") : account.fullName());
        roles.setText(account.roles().stream().sorted()
                .map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", ")));
    }
}
