package ru.parta.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import ru.parta.access.AccountSecurityService;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.access.SecurityLog;
import ru.parta.access.SecurityReport;
import ru.parta.access.SecurityReported;
import ru.parta.base.audit.AuditEvent;
import ru.parta.base.audit.AuditFilter;
import ru.parta.base.event.EventBus;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.home.MainLayout;

/**
 * For administrators: open reports of accounts used by someone else, and the security log —
 * filtered by action, text and dates, read a page at a time, exported as CSV.
 */
@Prototype
@Route(value = Routes.SECURITY, layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public class SecurityView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final SecurityLog log;
    private final AccountService accounts;
    private final AccountSecurityService security;
    private final ru.parta.files.FileHousekeeping housekeeping;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Grid<SecurityReport> reports = new Grid<>();
    private final Grid<AuditEvent> events = new Grid<>();
    private final TextField action = new TextField();
    private final TextField subject = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor export = new Anchor();

    public SecurityView(SecurityLog log, AccountService accounts, AccountSecurityService security,
                        ru.parta.files.FileHousekeeping housekeeping, SchoolService schools, EventBus bus) {
        this.log = log;
        this.accounts = accounts;
        this.security = security;
        this.housekeeping = housekeeping;
        this.zone = schools.zone();
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");

        reports.addColumn(r -> name(r.accountId())).setHeader(getTranslation("security.column.person")).setFlexGrow(2);
        reports.addColumn(r -> TIME.format(r.reportedAt().atZone(zone))).setHeader(getTranslation("security.column.time"));
        reports.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
                .setHeader(getTranslation("security.column.address"));
        reports.addComponentColumn(r -> {
            Button resolve = new Button(getTranslation("security.action.resolve"), click -> {
                security.resolveReport(r.id(), CurrentAccount.actor());
                refreshReports();
            });
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return resolve;
        }).setAutoWidth(true).setFlexGrow(0);
        reports.setAllRowsVisible(true);
        reports.setEmptyStateText(getTranslation("security.reports.empty"));
        reports.setId("security-reports");

        action.setPlaceholder(getTranslation("security.filter.action"));
        subject.setPlaceholder(getTranslation("security.filter.subject"));
        for (TextField field : List.of(action, subject)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refreshLog());
        }
        action.setId("security-action");
        from.setPlaceholder(getTranslation("security.filter.from"));
        to.setPlaceholder(getTranslation("security.filter.to"));
        from.addValueChangeListener(e -> refreshLog());
        to.addValueChangeListener(e -> refreshLog());
        export.setText(getTranslation("security.action.export"));
        export.addClassName("button-link");
        export.setId("security-export");
        Div filters = new Div(action, subject, from, to, export);
        filters.addClassName("filters");

        events.addColumn(e -> TIME.format(e.occurredAt().atZone(zone))).setHeader(getTranslation("security.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> e.actorAccountId() == null ? "" : name(e.actorAccountId()))
                .setHeader(getTranslation("security.column.actor")).setFlexGrow(2);
        events.addColumn(AuditEvent::action).setHeader(getTranslation("security.column.action")).setFlexGrow(2);
        events.addColumn(e -> e.subject() == null ? "" : e.subject()).setHeader(getTranslation("security.column.subject"))
                .setFlexGrow(3);
        events.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("security.column.address"));
        events.setHeight("32rem");
        events.setId("security-log");

        Button integrity = new Button(getTranslation("security.action.integrity"), click -> {
            List<String> damaged = housekeeping.checkIntegrity(CurrentAccount.actor());
            if (damaged.isEmpty()) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation("security.integrity.ok"));
            } else {
                ru.parta.ui.base.UiErrors.show(getTranslation("security.integrity.damaged", damaged.size(),
                        String.join(", ", damaged)));
            }
        });
        integrity.setId("security-integrity");
        add(new H2(getTranslation("security.title")), new H3(getTranslation("security.section.reports")), reports,
                new H3(getTranslation("security.section.files")), integrity,
                new H3(getTranslation("security.section.log")), filters, events);
        refreshReports();
        refreshLog();
        LiveUpdates.follow(this, bus, SecurityReported.class, reported -> refreshReports());
    }

    private void refreshReports() {
        reports.setItems(security.findOpenReports(CurrentAccount.actor()));
    }

    private void refreshLog() {
        AuditFilter filter = new AuditFilter(action.getValue(), null, subject.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
        events.setItems(query -> log.findEvents(filter, query.getOffset(), query.getLimit(), CurrentAccount.actor()).stream(),
                query -> log.countEvents(filter, CurrentAccount.actor()));
        long viewerId = viewer.id();
        export.setHref(DownloadHandler.fromInputStream(download -> {
            byte[] csv = log.exportCsv(filter, zone, CurrentAccount.actor());
            return new DownloadResponse(new ByteArrayInputStream(csv), "parta-security-log.csv", "text/csv",
                    csv.length);
        }));
    }

    private String name(long accountId) {
        Map<Long, AccountSummary> found = accounts.findPeople(List.of(accountId));
        AccountSummary person = found.get(accountId);
        return person == null ? "#" + accountId : person.fullName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.pageTitle");
    }
}
