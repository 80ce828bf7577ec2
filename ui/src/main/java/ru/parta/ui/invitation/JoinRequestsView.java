package ru.parta.ui.invitation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.event.EventBus;
import ru.parta.invitation.JoinRequestService;
import ru.parta.invitation.JoinRequestView;
import ru.parta.invitation.JoinRequestsChanged;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonRow;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.home.MainLayout;

/**
 * Join requests waiting for a decision: administrators see all, a class teacher those for their
 * class. A parent's request is approved with the child confirmed (or corrected) from the class list.
 */
@Prototype
@Route(value = Routes.REQUESTS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.TEACHER})
public class JoinRequestsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final JoinRequestService requests;
    private final PeopleDirectory directory;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Grid<JoinRequestView> grid = new Grid<>();

    public JoinRequestsView(JoinRequestService requests, PeopleDirectory directory, SchoolService schools,
                            EventBus events) {
        this.requests = requests;
        this.directory = directory;
        this.zone = schools.zone();
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        grid.addColumn(JoinRequestView::applicantName).setHeader(getTranslation("requests.column.applicant"))
                .setFlexGrow(2);
        grid.addColumn(v -> getTranslation(v.request().role().messageKey()))
                .setHeader(getTranslation("requests.column.role"));
        grid.addColumn(v -> Targets.label(this, v.classLabel(), v.groupName(), v.staffRoom()))
                .setHeader(getTranslation("requests.column.target"));
        grid.addColumn(v -> v.request().childName() == null ? "" : v.request().childName()
                + (v.childClassLabel() == null ? "" : ", " + v.childClassLabel()))
                .setHeader(getTranslation("requests.column.child")).setFlexGrow(2);
        grid.addColumn(v -> TIME.format(v.request().createdAt().atZone(zone)))
                .setHeader(getTranslation("requests.column.filed"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("requests.empty"));
        grid.setId("requests-grid");
        add(new H2(getTranslation("requests.title")), grid);
        refresh();
        LiveUpdates.follow(this, events, JoinRequestsChanged.class, changed -> refresh());
    }

    private void refresh() {
        grid.setItems(requests.findPendingRequests(viewer.id()));
    }

    private Div actions(JoinRequestView view) {
        Button approve = new Button(getTranslation("requests.action.approve"), click -> approve(view));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.addClassName("request-approve");
        Button reject = new Button(getTranslation("requests.action.reject"), click -> reject(view));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reject.addClassName("request-reject");
        Div actions = new Div(approve, reject);
        actions.addClassName("row-actions");
        return actions;
    }

    private void approve(JoinRequestView view) {
        if (view.request().role() != Role.PARENT) {
            requests.approveRequest(view.request().id(), null, CurrentAccount.actor());
            refresh();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("requests.approve.title", view.applicantName()));
        Paragraph proposed = new Paragraph(getTranslation("requests.approve.proposed", view.request().childName(),
                view.childClassLabel() == null ? "" : view.childClassLabel()));
        ComboBox<PersonRow> child = new ComboBox<>(getTranslation("requests.approve.child"));
        PeopleFilter students = new PeopleFilter(null, Role.STUDENT, view.request().childClassId(), null, null);
        List<PersonRow> candidates = directory.findPeople(viewer, students, 0, 200);
        child.setItems(candidates);
        child.setItemLabelGenerator(row -> row.fullName() + (row.classLabel() == null ? "" : ", " + row.classLabel()));
        child.setWidthFull();
        child.setId("request-child");
        candidates.stream().filter(row -> view.matchedChildId() != null && row.id() == view.matchedChildId())
                .findFirst().ifPresent(child::setValue);
        Paragraph hint = new Paragraph(getTranslation(view.matchedChildId() == null ? "requests.approve.noMatch"
                : "requests.approve.matched"));
        hint.addClassName("hint");
        dialog.add(proposed, child, hint);
        Button confirm = new Button(getTranslation("requests.action.approve"), click -> {
            requests.approveRequest(view.request().id(), child.getValue() == null ? null : child.getValue().id(),
                    CurrentAccount.actor());
            dialog.close();
            refresh();
        });
        confirm.setId("request-approve-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.open();
    }

    private void reject(JoinRequestView view) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("requests.reject.title", view.applicantName()));
        TextArea reason = new TextArea(getTranslation("requests.reject.reason"));
        reason.setWidthFull();
        reason.setMaxLength(300);
        reason.setId("request-reason");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("requests.action.reject"), click -> {
            requests.rejectRequest(view.request().id(), reason.getValue(), CurrentAccount.actor());
            dialog.close();
            refresh();
        });
        confirm.setId("request-reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.pageTitle");
    }
}
