package ru.parta.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.parta.access.AccountSecurityService;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Consents;
import ru.parta.access.SessionInfo;
import ru.parta.access.SessionService;
import ru.parta.invitation.JoinRequestService;
import ru.parta.invitation.JoinRequestView;
import ru.parta.people.ErasureService;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonalDataExport;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.access.PasswordChangePage;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;
import ru.parta.ui.invitation.Targets;
import ru.parta.ui.base.Irreversible;
import java.net.URI;
import ru.parta.access.Role;
import ru.parta.console.ConsoleKeyService;
import ru.parta.console.ConsoleProperties;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.console.ConsoleKeysSection;

/**
 * A person's own account: password, signed-in sessions (end any or all others), "someone else is
 * using my account", consents given, the own-data archive and deletion requests.
 */
@Prototype
@Route(value = Routes.ACCOUNT, layout = MainLayout.class)
@AnyRole
@PasswordChangePage
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final AccountService accounts;
    private final AccountSecurityService security;
    private final SessionService sessions;
    private final Consents consents;
    private final ErasureService erasure;
    private final PeopleService people;
    private final PersonalDataExport export;
    private final JoinRequestService requests;
    private final ZoneId zone;
    private final AccountSummary me;
    private final ConsoleKeyService consoleKeys;
    /** How an administrator reaches the console from their computer, shown beside their keys. */
    private final String consoleAddress;

    public MyAccountView(AccountService accounts, AccountSecurityService security, SessionService sessions,
                         Consents consents, ErasureService erasure,
                         PeopleService people, PersonalDataExport export, SchoolService schools,
                         JoinRequestService requests, ConsoleKeyService consoleKeys,
                         ConsoleProperties console, PublicAddress address) {
        this.requests = requests;
        this.consoleKeys = consoleKeys;
        String host = URI.create(address.baseUrl()).getHost();
        this.consoleAddress = "ssh -p " + console.getPort() + " " + CurrentAccount.get().map(AccountSummary::login)
                .orElse("admin") + "@" + (host == null ? "parta" : host);
        this.accounts = accounts;
        this.security = security;
        this.sessions = sessions;
        this.consents = consents;
        this.erasure = erasure;
        this.people = people;
        this.export = export;
        this.zone = schools.zone();
        this.me = CurrentAccount.get().orElseThrow();
        addClassName("page");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("account.title")));
        AccountSummary fresh = accounts.findAccount(me.id()).orElse(me);
        if (fresh.passwordChangeRequired()) {
            Paragraph warning = new Paragraph(getTranslation("account.password.required"));
            warning.addClassName("warning");
            warning.setId("account-password-required");
            add(warning);
        }
        passwordSection();
        sessionsSection();
        requestsSection();
        if (fresh.hasRole(Role.ADMIN)) {
            add(new ConsoleKeysSection(consoleKeys, zone, consoleAddress));
        }
        dataSection();
    }

    private void passwordSection() {
        add(new H3(getTranslation("account.section.password")));
        PasswordField current = new PasswordField(getTranslation("account.field.currentPassword"));
        current.setId("account-current-password");
        PasswordField fresh = new PasswordField(getTranslation("account.field.newPassword"));
        fresh.setId("account-new-password");
        PasswordField again = new PasswordField(getTranslation("account.field.newPasswordAgain"));
        again.setId("account-new-password-again");
        Button change = new Button(getTranslation("account.action.changePassword"), click -> {
            try {
                if (!fresh.getValue().equals(again.getValue())) {
                    UiErrors.show(getTranslation("activation.passwordsDiffer"));
                    return;
                }
                security.changePassword(CurrentAccount.actor(), current.getValue(), fresh.getValue(),
                        CurrentAccount.clientAddress());
                success(getTranslation("account.password.changed"));
                show();
            } finally {
                current.clear();
                fresh.clear();
                again.clear();
            }
        });
        change.setId("account-change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(current, fresh, again, change);
        form.addClassName("inline-form");
        add(form);
    }

    private void sessionsSection() {
        add(new H3(getTranslation("account.section.sessions")));
        String mine = CurrentAccount.sessionId().orElse("");
        Grid<SessionInfo> grid = new Grid<>();
        grid.addComponentColumn(s -> {
            Div cell = new Div(new Span(Browsers.describe(s.userAgent())));
            cell.addClassName("person-cell");
            if (s.id().equals(mine)) {
                Span current = new Span(getTranslation("account.session.current"));
                current.addClassNames("badge", "badge-active");
                cell.add(new Span(" "), current);
            }
            // On phones the address and time columns fold into this line.
            Span sub = new Span((s.clientAddress() == null ? "" : s.clientAddress() + " · ")
                    + TIME.format(s.lastSeenAt().atZone(zone)));
            sub.addClassName("person-sub");
            cell.add(sub);
            return cell;
        }).setHeader(getTranslation("account.column.browser")).setFlexGrow(2);
        var addressColumn = grid.addColumn(s -> s.clientAddress() == null ? "" : s.clientAddress())
                .setHeader(getTranslation("account.column.address"));
        var seenColumn = grid.addColumn(s -> TIME.format(s.lastSeenAt().atZone(zone)))
                .setHeader(getTranslation("account.column.lastSeen"));
        ru.parta.ui.base.ScreenWidth.whenPhone(grid, phone -> {
            addressColumn.setVisible(!phone);
            seenColumn.setVisible(!phone);
            grid.getElement().getClassList().set("folded", phone);
        });
        grid.addComponentColumn(s -> {
            if (s.id().equals(mine)) {
                return new Span();
            }
            Button end = new Button(getTranslation("account.action.endSession"), click -> {
                sessions.endSession(s.id(), CurrentAccount.actor());
                show();
            });
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return end;
        }).setAutoWidth(true).setFlexGrow(0);
        List<SessionInfo> active = sessions.findActiveSessions(me.id());
        grid.setItems(active);
        grid.setAllRowsVisible(true);
        grid.setId("account-sessions");
        Button endOthers = new Button(getTranslation("account.action.endOthers"), click -> {
            int ended = sessions.endOtherSessions(CurrentAccount.actor());
            success(getTranslation("account.sessions.ended", ended));
            show();
        });
        endOthers.setId("account-end-others");
        Button compromised = new Button(getTranslation("account.action.compromised"), click -> confirmCompromise());
        compromised.setId("account-compromised");
        compromised.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(endOthers, compromised);
        actions.addClassName("inline-form");
        add(grid, actions);
    }

    /** Join requests made with this account through invitation links, and how they stand. */
    private void requestsSection() {
        List<JoinRequestView> mine = requests.findRequestsOf(me.id());
        if (mine.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("account.section.requests")));
        for (JoinRequestView view : mine) {
            Paragraph line = new Paragraph(getTranslation("waiting.request",
                    getTranslation(view.request().role().messageKey()),
                    Targets.label(this, view.classLabel(), view.groupName(), view.staffRoom()),
                    getTranslation(view.request().status().messageKey()))
                    + (view.request().reason() == null ? "" : " " + getTranslation("waiting.reason",
                    view.request().reason())));
            line.addClassName("account-request");
            add(line);
        }
    }

    private void confirmCompromise() {
        Irreversible.confirm(getTranslation("account.compromised.title"), getTranslation("account.compromised.text"),
                getTranslation("account.compromised.confirm"), () -> {
            security.reportCompromise(CurrentAccount.actor(), CurrentAccount.clientAddress());
            success(getTranslation("account.compromised.done"));
            show();
        });
    }

    private void dataSection() {
            add(new H3(getTranslation("account.section.data")));
            List<String> given = consents.findConsents(me.id()).stream()
                .map(c -> getTranslation("account.consent", c.consentVersion(), TIME.format(c.givenAt().atZone(zone)),
                        c.subjectAccountId() == me.id() ? getTranslation("account.consent.self")
                                : accounts.findPerson(c.subjectAccountId()).map(AccountSummary::fullName).orElse("")))
                .toList();
            if (!given.isEmpty()) {
            Div list = new Div();
            list.setId("account-consents");
            given.forEach(line -> list.add(new Paragraph(line)));
            add(list);
            }
            long id = me.id();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = export.exportOwnData(CurrentAccount.actor());
            return new DownloadResponse(new ByteArrayInputStream(zip), "parta-my-data.zip", "application/zip",
                    zip.length);
            }), getTranslation("account.action.download"));
            download.setId("account-download");
            download.addClassName("button-link");
            add(new Div(download));

            Paragraph hint = new Paragraph(getTranslation("account.erasure.hint"));
            hint.addClassName("hint");
            add(hint);
            Div requests = new Div();
            requests.addClassName("inline-form");
            requests.add(erasureButton(me.id(), getTranslation("account.action.eraseMe"), "account-erase-me"));
            for (Long child : people.findChildIds(me.id())) {
            String name = accounts.findPerson(child).map(AccountSummary::fullName).orElse("");
            requests.add(erasureButton(child, getTranslation("account.action.eraseChild", name), "account-erase-" + child));
            }
            add(requests);
    }

    private Button erasureButton(long subjectId, String label, String id) {
            boolean pending = erasure.findPendingRequest(subjectId).isPresent();
            Button button = new Button(pending ? getTranslation("account.erasure.pending") : label, click -> {
            erasure.requestErasure(subjectId, CurrentAccount.actor());
            success(getTranslation("account.erasure.requested"));
            show();
            });
            button.setEnabled(!pending);
            button.setId(id);
            return button;
    }

    private static void success(String text) {
            Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
            return getTranslation("account.pageTitle");
    }
}
