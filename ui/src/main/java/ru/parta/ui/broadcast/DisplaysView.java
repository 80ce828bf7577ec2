package ru.parta.ui.broadcast;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.event.EventBus;
import ru.parta.broadcast.BroadcastChanged;
import ru.parta.broadcast.BroadcastInfo;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayChanged;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.broadcast.DisplayService;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Irreversible;
import ru.parta.ui.base.Coalesced;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.home.MainLayout;

/**
 * The school's classroom displays: pairing a new one by the code on its screen (or the QR code,
 * which opens this page with the code filled in), and every display with whether it is online, when
 * it was last seen, its screen size, what it confirmed it shows and who controls it; renaming,
 * choosing its teachers and revoking it. Administrators change displays; the director looks.
 */
@Prototype
@Route(value = Routes.DISPLAYS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR})
public class DisplaysView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DisplayService displays;
    private final BroadcastService broadcasts;
    private final ZoneId zone;
    private final boolean manager;
    private final TextField code = new TextField();
    private final Div list = new Div();
    /** Displays' confirmations and connections: one refresh a moment after a burst of them. */
    private static final java.time.Duration CONFIRMATIONS = java.time.Duration.ofMillis(300);
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private Map<Long, String> staffNames;

    public DisplaysView(DisplayService displays, BroadcastService broadcasts, SchoolService school,
                        PublicAddress address, EventBus events) {
        this.displays = displays;
        this.broadcasts = broadcasts;
        this.zone = school.zone();
        addClassName("page");
        long viewer = CurrentAccount.actor().accountId();
        manager = displays.mayManageDisplays(viewer);
        List<AccountSummary> staff = displays.findPossibleKeepers();
        staffNames = staff.stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::fullName));
        add(new H2(getTranslation("displays.title")));
        Paragraph how = new Paragraph(getTranslation("displays.how", address.baseUrl() + "/display"));
        how.setId("displays-how");
        add(how);
        if (manager) {
            add(pairingForm(staff));
        }
        list.setId("displays-list");
        list.addClassName("display-list");
        add(new H3(getTranslation("displays.paired")), list);
        show();
        Coalesced.follow(this, events, DisplayChanged.class, CONFIRMATIONS, this::show);
        LiveUpdates.follow(this, events, BroadcastChanged.class, e -> refreshing.compareAndSet(false, true), e -> show());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The QR code on an unpaired display opens this page with its code.
        event.getLocation().getQueryParameters().getSingleParameter("code")
                .filter(given -> given.matches("\\d{6}")).ifPresent(code::setValue);
    }

    private Div pairingForm(List<AccountSummary> staff) {
        code.setLabel(getTranslation("displays.code"));
        code.setPlaceholder("123 456");
        code.setMaxLength(9);
        code.setId("display-code");
        TextField name = new TextField(getTranslation("displays.name"));
        name.setPlaceholder(getTranslation("displays.namePlaceholder"));
        name.setMaxLength(80);
        name.setId("display-name");
        MultiSelectComboBox<AccountSummary> keepers = keepers(staff, Set.of());
        Button pair = new Button(getTranslation("displays.pair"), VaadinIcon.LINK.create(), click -> {
            displays.pairDisplay(code.getValue(), name.getValue(), keepers.getValue().stream().map(AccountSummary::id)
                    .toList(), CurrentAccount.actor());
            Notification.show(getTranslation("displays.pairedNow", name.getValue().strip()));
            code.clear();
            name.clear();
            keepers.clear();
        });
        pair.setId("display-pair");
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepers.setWidthFull();
        Div fields = new Div(code, name);
        fields.addClassName("form-row");
        Div form = new Div(new H3(getTranslation("displays.pairTitle")), fields, keepers, pair);
        form.addClassName("broadcast-form");
        return form;
    }

    private MultiSelectComboBox<AccountSummary> keepers(List<AccountSummary> staff, Set<Long> chosen) {
        MultiSelectComboBox<AccountSummary> keepers = new MultiSelectComboBox<>(getTranslation("displays.keepers"));
        keepers.setItems(staff);
        keepers.setItemLabelGenerator(AccountSummary::fullName);
        keepers.setHelperText(getTranslation("displays.keepersHelp"));
        keepers.setValue(staff.stream().filter(s -> chosen.contains(s.id())).collect(Collectors.toSet()));
        keepers.setId("display-keepers");
        return keepers;
    }

    private void show() {
        refreshing.set(false);
        long viewer = CurrentAccount.actor().accountId();
        List<DisplayInfo> all = displays.findDisplays(viewer);
        Map<Long, BroadcastInfo> running = broadcasts.findRunning(viewer).stream()
                .collect(Collectors.toMap(BroadcastInfo::id, Function.identity()));
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("displays.none")));
        }
        for (DisplayInfo display : all) {
            list.add(card(display, running));
        }
    }

    private Div card(DisplayInfo display, Map<Long, BroadcastInfo> running) {
        Span name = new Span(display.name());
        name.addClassName("display-name");
        Span presence = new Span(ShownText.presence(this, display, zone));
        presence.addClassName(display.online() ? "display-online" : "display-offline");
        Div head = new Div(name, presence);
        head.addClassName("display-head");
        Div card = new Div(head);
        card.addClassName("display-card");
        card.setId("display-" + display.id());
        Span shown = new Span(ShownText.shown(this, display, running));
        shown.addClassName("display-shown");
        card.add(shown);
        String teachers = display.keeperIds().stream().map(id -> staffNames.getOrDefault(id, "—"))
                .collect(Collectors.joining(", "));
        card.add(new Span(getTranslation("displays.card.keepers", teachers.isEmpty() ? "—" : teachers)
                + (display.screen() == null ? "" : " · " + getTranslation("displays.card.screen", display.screen()))));
        if (manager) {
            Button change = new Button(getTranslation("displays.change"), VaadinIcon.EDIT.create(), c -> edit(display));
            change.setId("display-change-" + display.id());
            Button revoke = new Button(getTranslation("displays.revoke"), VaadinIcon.UNLINK.create(), c ->
                    Irreversible.confirm(getTranslation("displays.revokeTitle", display.name()),
                            getTranslation("displays.revokeText"), getTranslation("displays.revoke"),
                            () -> displays.revokeDisplay(display.id(), CurrentAccount.actor())));
            revoke.setId("display-revoke-" + display.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div actions = new Div(change, revoke);
            actions.addClassName("display-actions");
            card.add(actions);
        }
        return card;
    }

    private void edit(DisplayInfo display) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(display.name());
        TextField name = new TextField(getTranslation("displays.name"), display.name(), "");
        name.setMaxLength(80);
        name.setId("display-edit-name");
        List<AccountSummary> staff = displays.findPossibleKeepers();
        MultiSelectComboBox<AccountSummary> keepers = keepers(staff, Set.copyOf(display.keeperIds()));
        keepers.setId("display-edit-keepers");
        Button save = new Button(getTranslation("action.save"), click -> {
            displays.changeDisplay(display.id(), name.getValue(), keepers.getValue().stream().map(AccountSummary::id)
                    .toList(), CurrentAccount.actor());
            dialog.close();
        });
        save.setId("display-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, keepers));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("displays.title");
    }
}
