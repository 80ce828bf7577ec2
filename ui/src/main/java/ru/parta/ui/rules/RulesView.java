package ru.parta.ui.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.rules.PublishedRules;
import ru.parta.rules.RulesAccepted;
import ru.parta.rules.RulesService;
import ru.parta.rules.RulesSheet;
import ru.parta.rules.RulesText;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Downloads;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * The school's rules for the platform: administrators edit the documents and publish a new edition
 * (everyone accepts it again); administrators and the director see who has accepted the current
 * edition, live, and file the list as CSV or PDF.
 */
@Prototype
@Route(value = Routes.RULES, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR})
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int DOCUMENTS_MAX = 5;

    private final RulesService rules;
    private final ZoneId zone;
    private final Div editor = new Div();
    private final Div acceptances = new Div();
    private final List<TextField> titles = new ArrayList<>();
    private final List<TextArea> bodies = new ArrayList<>();

    public RulesView(RulesService rules, SchoolService school, EventBus events) {
        this.rules = rules;
        this.zone = school.zone();
        addClassName("page");
        addClassName("rules-admin");
        AccountSummary viewer = CurrentAccount.get().orElseThrow();
        add(new H2(getTranslation("rules.title")));
        acceptances.setId("rules-acceptances");
        acceptances.setWidthFull();
        add(acceptances);
        showAcceptances();
        LiveUpdates.follow(acceptances, events, RulesAccepted.class, accepted -> showAcceptances());
        if (viewer.hasRole(Role.ADMIN)) {
            editor.addClassName("rules-editor");
            editor.setWidthFull();
            add(new H3(getTranslation("rules.edit")), new Paragraph(getTranslation("rules.edit.hint")), editor);
            rules.findDraft().forEach(this::addDocument);
            Button more = new Button(getTranslation("rules.addDocument"), VaadinIcon.PLUS.create(), click -> {
                if (titles.size() < DOCUMENTS_MAX) {
                    addDocument(new RulesText("", ""));
                }
            });
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button publish = new Button(getTranslation("rules.publish"), click -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("rules-publish");
            Div buttons = new Div(more, publish);
            buttons.addClassName("form-buttons");
            add(buttons);
        }
    }

    private void addDocument(RulesText text) {
        TextField title = new TextField(getTranslation("rules.documentTitle"));
        title.setValue(text.title());
        title.setWidthFull();
        title.setMaxLength(200);
        title.setId("rules-title-" + titles.size());
        TextArea body = new TextArea(getTranslation("rules.documentText"));
        body.setValue(text.body());
        body.setWidthFull();
        body.setMaxLength(60_000);
        body.setId("rules-body-" + bodies.size());
        titles.add(title);
        bodies.add(body);
        editor.add(title, body);
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("rules.publish.confirmTitle"),
                getTranslation("rules.publish.confirmText"), getTranslation("rules.publish"), event -> publish());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("rules-publish-confirm");
        confirm.open();
    }

    private void publish() {
        List<RulesText> texts = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            texts.add(new RulesText(titles.get(i).getValue(), bodies.get(i).getValue()));
        }
        try {
            PublishedRules published = rules.publishRules(texts, CurrentAccount.actor());
            Notification.show(getTranslation("rules.published", published.number()), 4000,
                    Notification.Position.TOP_CENTER);
            showAcceptances();
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showAcceptances() {
        acceptances.removeAll();
        if (rules.findCurrentEditionNumber() == 0) {
            acceptances.add(new Paragraph(getTranslation("rules.none.yet")));
            return;
        }
        RulesSheet sheet = rules.findAcceptances(CurrentAccount.actor());
        Span count = new Span(getTranslation("rules.accepted.count", sheet.number(), sheet.acceptedCount(),
                sheet.entries().size()));
        count.setId("rules-accepted-count");
        count.addClassName("ack-count");
        Anchor csv = Downloads.link("rules-csv", "CSV", "parta-rules-acceptance.csv", "text/csv",
                () -> rules.exportAcceptancesCsv(CurrentAccount.actor()));
        Anchor pdf = Downloads.link("rules-pdf", "PDF", "parta-rules-acceptance.pdf", "application/pdf",
                () -> rules.exportAcceptancesPdf(CurrentAccount.actor()));
        Div actions = new Div(csv, pdf);
        actions.addClassName("ack-actions");
        Grid<RulesSheet.Entry> people = new Grid<>();
        people.addColumn(RulesSheet.Entry::fullName).setHeader(getTranslation("ack.sheet.name")).setFlexGrow(3);
        people.addColumn(RulesSheet.Entry::group).setHeader(getTranslation("rules.group")).setFlexGrow(2);
        people.addColumn(e -> e.accepted() ? TIME.format(e.acceptedAt().atZone(zone)) : "—")
                .setHeader(getTranslation("rules.acceptedAt")).setFlexGrow(2);
        people.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        people.setItems(sheet.entries());
        people.setAllRowsVisible(sheet.entries().size() <= 15);
        people.addClassName("ack-people");
        people.setId("rules-people");
        acceptances.add(count, actions, people);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title");
    }
}
