package ru.parta.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.people.ContactChannel;
import ru.parta.people.ErasureRecord;
import ru.parta.people.ErasureRequest;
import ru.parta.people.ErasureService;
import ru.parta.people.OptOutService;
import ru.parta.people.OptOutView;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonRow;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.home.MainLayout;

/**
 * Personal data (152-FZ): the parents' opt-out register (class teachers see their class's part),
 * and for administrators the deletion requests and the erasure acts.
 */
@Prototype
@Route(value = Routes.PRIVACY, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR, Role.TEACHER})
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final OptOutService optOuts;
    private final ErasureService erasure;
    private final AccountService accounts;
    private final PeopleDirectory directory;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Grid<OptOutView> optOutGrid = new Grid<>();

    public PrivacyView(OptOutService optOuts, ErasureService erasure, AccountService accounts,
                       PeopleDirectory directory, SchoolService schools) {
        this.optOuts = optOuts;
        this.erasure = erasure;
        this.accounts = accounts;
        this.directory = directory;
        this.zone = schools.zone();
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        boolean admin = viewer.hasRole(Role.ADMIN);
        add(new H2(getTranslation("privacy.title")), new H3(getTranslation("privacy.section.optOuts")));
        Paragraph hint = new Paragraph(getTranslation("privacy.optOuts.hint"));
        hint.addClassName("hint");
        add(hint);
        if (admin) {
            add(optOutForm());
        }
        optOutGrid.addColumn(v -> v.optOut().parentName()).setHeader(getTranslation("privacy.column.parent"))
                .setFlexGrow(2);
        optOutGrid.addColumn(v -> v.childName() + (v.classLabel() == null ? "" : ", " + v.classLabel()))
                .setHeader(getTranslation("privacy.column.child")).setFlexGrow(2);
        optOutGrid.addColumn(v -> getTranslation(v.optOut().channel().messageKey())
                + (v.optOut().contact() == null ? "" : ": " + v.optOut().contact()))
                .setHeader(getTranslation("privacy.column.channel")).setFlexGrow(2);
        optOutGrid.addColumn(v -> DATE.format(v.optOut().refusedOn())).setHeader(getTranslation("privacy.column.date"));
        optOutGrid.addColumn(v -> v.optOut().documentRef() == null ? "" : v.optOut().documentRef())
                .setHeader(getTranslation("privacy.column.document"));
        optOutGrid.setAllRowsVisible(true);
        optOutGrid.setEmptyStateText(getTranslation("privacy.optOuts.empty"));
        optOutGrid.setId("opt-outs");
        add(optOutGrid);
        refreshOptOuts();
        if (admin) {
            erasureSections();
        }
    }

    private Div optOutForm() {
        TextField parent = new TextField(getTranslation("privacy.column.parent"));
        parent.setId("opt-out-parent");
        ComboBox<PersonRow> child = new ComboBox<>(getTranslation("privacy.column.child"));
        child.setItems(query -> directory.findPeople(viewer, new PeopleFilter(query.getFilter().orElse(""),
                Role.STUDENT, null, null, null), query.getOffset(), query.getLimit()).stream());
        child.setItemLabelGenerator(row -> row.fullName() + (row.classLabel() == null ? "" : ", " + row.classLabel()));
        child.setId("opt-out-child");
        DatePicker date = new DatePicker(getTranslation("privacy.column.date"));
        date.setId("opt-out-date");
        TextField document = new TextField(getTranslation("privacy.column.document"));
        Select<ContactChannel> channel = new Select<>();
        channel.setLabel(getTranslation("privacy.column.channel"));
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setValue(ContactChannel.PHONE);
        channel.setId("opt-out-channel");
        TextField contact = new TextField(getTranslation("privacy.field.contact"));
        contact.setId("opt-out-contact");
        Button record = new Button(getTranslation("privacy.action.record"), click -> {
            optOuts.recordOptOut(parent.getValue(), child.getValue() == null ? -1 : child.getValue().id(),
                    date.getValue(), document.getValue(), channel.getValue(), contact.getValue(), CurrentAccount.actor());
            parent.clear();
            child.clear();
            document.clear();
            contact.clear();
            refreshOptOuts();
        });
        record.setId("opt-out-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(parent, child, date, document, channel, contact, record);
        form.addClassName("inline-form");
        return form;
    }

    private void refreshOptOuts() {
        optOutGrid.setItems(optOuts.findOptOuts(viewer.id()));
    }

    private void erasureSections() {
        add(new H3(getTranslation("privacy.section.requests")));
        Grid<ErasureRequest> requests = new Grid<>();
        requests.addColumn(r -> name(r.subjectId())).setHeader(getTranslation("privacy.column.subject")).setFlexGrow(2);
        requests.addColumn(r -> name(r.requestedBy())).setHeader(getTranslation("privacy.column.requestedBy"))
                .setFlexGrow(2);
        requests.addColumn(r -> TIME.format(r.requestedAt().atZone(zone))).setHeader(getTranslation("privacy.column.date"));
        requests.addComponentColumn(r -> {
            Anchor open = new Anchor(Routes.person(r.subjectId()), getTranslation("privacy.action.openPerson"));
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        requests.setItems(erasure.findPendingRequests(CurrentAccount.actor()));
        requests.setAllRowsVisible(true);
        requests.setEmptyStateText(getTranslation("privacy.requests.empty"));
        requests.setId("erasure-requests");
        add(requests);

        add(new H3(getTranslation("privacy.section.acts")));
        Grid<ErasureRecord> acts = new Grid<>();
        acts.addColumn(ErasureRecord::formerName).setHeader(getTranslation("privacy.column.subject")).setFlexGrow(2);
        acts.addColumn(r -> TIME.format(r.erasedAt().atZone(zone))).setHeader(getTranslation("privacy.column.date"));
        acts.addColumn(r -> name(r.erasedBy())).setHeader(getTranslation("privacy.column.erasedBy")).setFlexGrow(2);
        acts.addComponentColumn(this::actLink).setAutoWidth(true).setFlexGrow(0);
        acts.setItems(erasure.findRecords(CurrentAccount.actor()));
        acts.setAllRowsVisible(true);
        acts.setEmptyStateText(getTranslation("privacy.acts.empty"));
        acts.setId("erasure-acts");
        add(acts);
    }

    private Anchor actLink(ErasureRecord record) {
        long recordId = record.id();
        long viewerId = viewer.id();
        Anchor act = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = erasure.printAct(recordId, CurrentAccount.actor());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "parta-erasure-act-" + recordId + ".pdf",
                    "application/pdf", pdf.length);
        }), getTranslation("privacy.action.act"));
        act.addClassName("erasure-act");
        return act;
    }

    private String name(long accountId) {
        AccountSummary person = accounts.findPeople(List.of(accountId)).get(accountId);
        return person == null ? "#" + accountId : person.fullName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.pageTitle");
    }
}
