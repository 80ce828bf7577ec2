package ru.parta.ui.invitation;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.QrCodes;
import ru.parta.base.event.EventBus;
import ru.parta.invitation.Invitation;
import ru.parta.invitation.InvitationChanged;
import ru.parta.invitation.InvitationService;
import ru.parta.invitation.InvitationStatus;
import ru.parta.invitation.InvitationView;
import ru.parta.invitation.NewInvitation;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolGroup;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.home.MainLayout;
import ru.parta.ui.base.Irreversible;

/**
 * Invitation links: create one for a class or group in a role, show it as a large QR code (for a
 * projector or a parents' meeting) or copy it, see who made each and how often it was used,
 * revoke one, or revoke every link nobody has used yet.
 */
@Prototype
@Route(value = Routes.INVITATIONS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.TEACHER})
public class InvitationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final InvitationService invitations;
    private final ClassService classes;
    private final GroupService groups;
    private final PublicAddress address;
    private final ZoneId zone;
    private final AccountSummary viewer;
    private final Grid<InvitationView> grid = new Grid<>();

    record TargetOption(Long classId, Long groupId, String label) {
    }

    public InvitationsView(InvitationService invitations, ClassService classes, GroupService groups,
                           SchoolService schools, PublicAddress address, EventBus events) {
        this.invitations = invitations;
        this.classes = classes;
        this.groups = groups;
        this.address = address;
        this.zone = schools.zone();
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        add(new H2(getTranslation("invitations.title")), createForm());

        grid.addColumn(v -> Targets.label(this, v.classLabel(), v.groupName(), v.staffRoom()))
                .setHeader(getTranslation("invitations.column.target")).setFlexGrow(2);
        grid.addColumn(v -> getTranslation(v.invitation().role().messageKey()))
                .setHeader(getTranslation("invitations.column.role"));
        grid.addColumn(InvitationView::creatorName).setHeader(getTranslation("invitations.column.creator"))
                .setFlexGrow(2);
        grid.addColumn(v -> v.invitation().uses() + (v.invitation().maxUses() == null ? ""
                : " / " + v.invitation().maxUses())).setHeader(getTranslation("invitations.column.uses"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("invitations.column.status"));
        grid.addColumn(v -> DATE.format(v.invitation().expiresAt().atZone(zone)))
                .setHeader(getTranslation("invitations.column.expires"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setId("invitations-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("invitations.empty"));

        Button revokeUnclaimed = new Button(getTranslation("invitations.action.revokeUnclaimed"),
                click -> confirmRevokeUnclaimed());
        revokeUnclaimed.setId("invitations-revoke-unclaimed");
        revokeUnclaimed.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3(getTranslation("invitations.section.list")), revokeUnclaimed, grid);
        refresh();
        LiveUpdates.follow(this, events, InvitationChanged.class, changed -> refresh());
    }

    private Div createForm() {
        ComboBox<TargetOption> target = new ComboBox<>(getTranslation("invitations.field.target"));
        target.setItems(targets());
        target.setItemLabelGenerator(TargetOption::label);
        target.setId("invitation-target");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("invitations.field.role"));
        role.setItems(viewer.hasRole(Role.ADMIN) ? List.of(Role.PARENT, Role.STUDENT, Role.TEACHER, Role.DIRECTOR)
                : List.of(Role.PARENT, Role.STUDENT));
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(Role.PARENT);
        role.setId("invitation-role");
        IntegerField days = new IntegerField(getTranslation("invitations.field.days"));
        days.setValue(NewInvitation.DEFAULT_DAYS);
        days.setMin(1);
        days.setStepButtonsVisible(true);
        days.setId("invitation-days");
        IntegerField maxUses = new IntegerField(getTranslation("invitations.field.maxUses"));
        maxUses.setPlaceholder(getTranslation("invitations.field.maxUses.any"));
        maxUses.setId("invitation-max-uses");
        Checkbox approval = new Checkbox(getTranslation("invitations.field.approval"), true);
        approval.setId("invitation-approval");
        TextField note = new TextField(getTranslation("invitations.field.note"));
        note.setId("invitation-note");
        Button create = new Button(getTranslation("invitations.action.create"), VaadinIcon.PLUS.create(), click -> {
            if (target.getValue() == null) {
                throw PartaException.invalid("invitation.target.required");
            }
            Invitation created = invitations.createInvitation(new NewInvitation(role.getValue(),
                    target.getValue().classId(), target.getValue().groupId(),
                    days.getValue() == null ? 0 : days.getValue(), maxUses.getValue(), approval.getValue(),
                    note.getValue()), CurrentAccount.actor());
            note.clear();
            refresh();
            showQr(created);
        });
        create.setId("invitation-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(target, role, days, maxUses, note, approval, create);
        form.addClassName("inline-form");
        return form;
    }

    private List<TargetOption> targets() {
        boolean admin = viewer.hasRole(Role.ADMIN);
        List<TargetOption> options = new ArrayList<>();
        for (SchoolClass schoolClass : classes.findClasses()) {
            if (admin || classes.isTeacherOf(schoolClass.id(), viewer.id())) {
                options.add(new TargetOption(schoolClass.id(), null,
                        getTranslation("invitation.target.class", schoolClass.label())));
            }
        }
        List<Long> mine = groups.findGroupIdsOf(viewer.id());
        for (SchoolGroup group : groups.findGroups()) {
            if (admin || mine.contains(group.id())) {
                options.add(new TargetOption(null, group.id(), group.isStaffRoom()
                        ? getTranslation("school.staffRoom") : group.name()));
            }
        }
        return options;
    }

    private void refresh() {
        grid.setItems(invitations.findInvitations(viewer.id()));
    }

    private Span status(InvitationView view) {
        Span badge = new Span(getTranslation(view.status().messageKey()));
        badge.addClassNames("badge", "badge-" + (view.status() == InvitationStatus.ACTIVE ? "active" : "left"));
        return badge;
    }

    private Div actions(InvitationView view) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (view.status() == InvitationStatus.ACTIVE) {
            Button qr = new Button(VaadinIcon.QRCODE.create(), click -> showQr(view.invitation()));
            qr.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            qr.getElement().setAttribute("aria-label", getTranslation("invitations.action.show"));
            qr.setTooltipText(getTranslation("invitations.action.show"));
            qr.addClassName("invitation-show");
            Button revoke = new Button(VaadinIcon.BAN.create(), click -> {
                invitations.revokeInvitation(view.invitation().id(), CurrentAccount.actor());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            revoke.getElement().setAttribute("aria-label", getTranslation("invitations.action.revoke"));
            revoke.setTooltipText(getTranslation("invitations.action.revoke"));
            revoke.addClassName("invitation-revoke");
            actions.add(qr, revoke);
        }
        return actions;
    }

    private void confirmRevokeUnclaimed() {
        Irreversible.confirm(getTranslation("invitations.revokeUnclaimed.title"),
                getTranslation("invitations.revokeUnclaimed.text"),
                getTranslation("invitations.action.revokeUnclaimed"), () -> {
            int revoked = invitations.revokeUnclaimed(CurrentAccount.actor());
            Notification.show(getTranslation("invitations.revokeUnclaimed.done", revoked));
            refresh();
        });
    }

    /** The link large enough to scan from the back of a classroom, and as text to copy. */
    private void showQr(Invitation invitation) {
            String link = address.baseUrl() + "/" + Routes.JOIN + "/" + invitation.token();
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("invitations.qr.title",
                getTranslation(invitation.role().messageKey()).toLowerCase(Locale.ROOT)));
            Svg qr = new Svg(QrCodes.svg(link, getTranslation("invitations.qr.name")));
            qr.addClassName("big-qr");
            qr.setId("invitation-qr");
            TextField text = new TextField();
            text.setAriaLabel(getTranslation("invitations.field.link"));
            text.setValue(link);
            text.setReadOnly(true);
            text.setWidthFull();
            text.setId("invitation-link");
            Button copy = new Button(getTranslation("invitations.action.copy"), VaadinIcon.COPY.create(), click -> {
            // The clipboard API needs a secure context; on plain HTTP the link is selected for Ctrl+C instead.
            text.getElement().executeJs("const i = this.inputElement; i.select();"
                    + " if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(i.value); }"
                    + " else { document.execCommand('copy'); }");
            Notification.show(getTranslation("invitations.copied"));
            });
            copy.setId("invitation-copy");
            Paragraph hint = new Paragraph(getTranslation("invitations.qr.hint"));
            hint.addClassName("hint");
            dialog.add(qr, text, hint);
            dialog.getFooter().add(copy, new Button(getTranslation("action.close"), click -> dialog.close()));
            dialog.setWidth("min(44rem, 96vw)");
            dialog.open();
    }

    @Override
    public String getPageTitle() {
            return getTranslation("invitations.pageTitle");
    }

}
