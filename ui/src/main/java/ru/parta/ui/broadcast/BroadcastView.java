package ru.parta.ui.broadcast;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import ru.parta.access.Role;
import ru.parta.base.event.EventBus;
import ru.parta.broadcast.AlertChanged;
import ru.parta.broadcast.BroadcastChanged;
import ru.parta.broadcast.BroadcastInfo;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayChanged;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.broadcast.DisplayService;
import ru.parta.broadcast.EmergencyService;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Coalesced;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.home.MainLayout;

/**
 * Broadcasts for administrators and the director: the emergency alert, a new broadcast, and every
 * running broadcast with its controls and what each of its displays confirmed it shows (live: a
 * display's confirmation arrives here within a second).
 */
@Prototype
@Route(value = Routes.BROADCAST, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR})
public class BroadcastView extends VerticalLayout implements HasDynamicTitle {

    private final BroadcastService broadcasts;
    private final DisplayService displays;
    private final RunningList running;
    private final StartForm form;
    /** Many displays confirm at once after a change: one refresh for all that arrive meanwhile. */
    /** Displays' confirmations and connections: one refresh a moment after a burst of them. */
    private static final java.time.Duration CONFIRMATIONS = java.time.Duration.ofMillis(300);
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public BroadcastView(BroadcastService broadcasts, DisplayService displays, EmergencyService emergencies,
                         SchoolService school, EventBus events) {
        this.broadcasts = broadcasts;
        this.displays = displays;
        addClassName("page");
        long viewer = CurrentAccount.actor().accountId();
        AlertPanel alert = new AlertPanel(emergencies, school.zone());
        form = new StartForm(broadcasts, displays.findDisplays(viewer), () -> { });
        running = new RunningList(broadcasts, "broadcasting.none");
        running.setId("broadcast-running");
        Div links = new Div(new RouterLink(getTranslation("nav.displays"), DisplaysView.class),
                new RouterLink(getTranslation("nav.broadcastPlan"), BroadcastPlanView.class),
                new RouterLink(getTranslation("nav.broadcastUsage"), BroadcastUsageView.class));
        links.addClassName("page-links");
        add(new H2(getTranslation("broadcasting.title")), links, alert,
                new H3(getTranslation("broadcasting.running")), running, form);
        showRunning();
        LiveUpdates.follow(this, events, AlertChanged.class, e -> alert.show());
        LiveUpdates.follow(this, events, BroadcastChanged.class, e -> refreshing.compareAndSet(false, true),
                e -> showRunning());
        Coalesced.follow(this, events, DisplayChanged.class, CONFIRMATIONS, this::showRunning);
    }

    private void showRunning() {
        refreshing.set(false);
        long viewer = CurrentAccount.actor().accountId();
        List<DisplayInfo> all = displays.findDisplays(viewer);
        form.setDisplays(all);
        List<BroadcastInfo> now = broadcasts.findRunning(viewer);
        running.show(now, all, now);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("broadcasting.title");
    }
}
