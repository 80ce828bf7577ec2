package ru.parta.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import java.util.List;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Consents;
import ru.parta.access.Role;
import ru.parta.access.SessionService;
import ru.parta.people.ErasureService;
import ru.parta.people.PersonRow;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Irreversible;

/**
 * What an administrator does to a person's account on their page: roles, sessions, disabling,
 * erasure, and the consents on record. The services check every step again.
 */
class PersonAccountSection extends Div {

    private final PersonRow person;
    private final AccountService accounts;
    private final SessionService sessions;
    private final Consents consents;
    private final ErasureService erasure;
    private final ZoneId zone;
    private final Runnable refresh;

    PersonAccountSection(PersonRow person, AccountService accounts, SessionService sessions, Consents consents,
                         ErasureService erasure, ZoneId zone, Runnable refresh) {
        this.person = person;
        this.accounts = accounts;
        this.sessions = sessions;
        this.consents = consents;
        this.erasure = erasure;
        this.zone = zone;
        this.refresh = refresh;
        build();
    }

    static Button button(String key, String id, Runnable action) {
        Button button = new Button(com.vaadin.flow.component.UI.getCurrent().getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    /** Nothing for an erased person: there is no account left to act on. */
    private void build() {
        if (person.status() == AccountStatus.ERASED) {
            return;
        }
        add(new H3(getTranslation("person.section.account")));
        AccountSummary account = accounts.findPerson(person.id()).orElseThrow();
        Div roles = new Div();
        roles.addClassName("inline-form");
        for (Role role : Role.values()) {
            if (account.hasRole(role)) {
                Button remove = new Button(getTranslation(role.messageKey()) + " ×", click -> {
                    accounts.removeRole(person.id(), role, CurrentAccount.actor());
                    refresh.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
                remove.setTooltipText(getTranslation("person.action.removeRole"));
                remove.setId("person-remove-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
                roles.add(remove);
            }
        }
        com.vaadin.flow.component.select.Select<Role> addRole = new com.vaadin.flow.component.select.Select<>();
        addRole.setItems(java.util.Arrays.stream(Role.values()).filter(r -> !account.hasRole(r)).toList());
        addRole.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        addRole.setPlaceholder(getTranslation("person.action.addRole"));
        addRole.setId("person-add-role");
        addRole.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                accounts.addRoles(person.id(), java.util.Set.of(change.getValue()), CurrentAccount.actor());
                refresh.run();
            }
        });
        roles.add(addRole);
        add(roles);

        Div actions = new Div();
        actions.addClassName("inline-form");
        actions.add(button("person.action.endSessions", "person-end-sessions", () -> {
            int ended = sessions.endAllSessions(person.id(), CurrentAccount.actor());
            Notification.show(getTranslation("account.sessions.ended", ended));
        }));
        actions.add(button(account.enabled() ? "person.action.disable" : "person.action.enable", "person-enable",
                () -> {
                    accounts.setEnabled(person.id(), !account.enabled(), CurrentAccount.actor());
                    refresh.run();
                }));
        actions.add(button("person.action.erase", "person-erase", this::confirmErasure));
        add(actions);
        List<ru.parta.access.ConsentRecord> given = consents.findConsents(person.id());
        if (!given.isEmpty()) {
            Div list = new Div();
            list.setId("person-consents");
            for (ru.parta.access.ConsentRecord c : given) {
                list.add(new Paragraph(getTranslation("account.consent", c.consentVersion(),
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(
                                c.givenAt().atZone(zone)),
                        c.subjectAccountId() == person.id() ? getTranslation("account.consent.self")
                                : accounts.findPerson(c.subjectAccountId()).map(AccountSummary::fullName).orElse(""))));
            }
            add(list);
        }
    }

    private void confirmErasure() {
        Irreversible.confirm(getTranslation("person.erase.title", person.fullName()),
                getTranslation("person.erase.text"), getTranslation("person.erase.confirm"), () -> {
            erasure.erasePerson(person.id(), CurrentAccount.actor());
            Notification.show(getTranslation("person.erase.done"));
            getUI().ifPresent(ui -> ui.navigate(Routes.PRIVACY));
        });
    }
}
