package ru.parta.ui.broadcast;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.parta.access.Role;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.broadcast.DisplayService;
import ru.parta.broadcast.RoomSummary;
import ru.parta.broadcast.UsageLog;
import ru.parta.broadcast.UsageRow;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Downloads;
import ru.parta.ui.home.MainLayout;
import ru.parta.ui.base.DurationText;

/**
 * The usage log of the displays for administrators and the director: what was shown where, when,
 * how long, who started it and whether the display confirmed it, for a period and a display; the
 * CSV; and the per-room summary.
 */
@Prototype
@Route(value = Routes.BROADCAST_USAGE, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR})
public class BroadcastUsageView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private final UsageLog usage;
    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<DisplayInfo> display = new Select<>();
    private final Grid<UsageRow> rows = new Grid<>();
    private final Grid<RoomSummary> rooms = new Grid<>();

    public BroadcastUsageView(UsageLog usage, DisplayService displays, SchoolService school) {
        this.usage = usage;
        this.zone = school.zone();
        addClassName("page");
        LocalDate today = LocalDate.now(zone);
        from.setLabel(getTranslation("usageView.from"));
        from.setValue(today.minusDays(6));
        from.setId("usage-from");
        to.setLabel(getTranslation("usageView.to"));
        to.setValue(today);
        to.setId("usage-to");
        display.setLabel(getTranslation("usageView.display"));
        display.setItems(displays.findDisplays(CurrentAccount.actor().accountId()));
        display.setItemLabelGenerator(d -> d == null ? "" : d.name());
        display.setEmptySelectionAllowed(true);
        display.setEmptySelectionCaption(getTranslation("usageView.allDisplays"));
        display.setPlaceholder(getTranslation("usageView.allDisplays"));
        display.setId("usage-display");
        from.addValueChangeListener(change -> show());
        to.addValueChangeListener(change -> show());
        display.addValueChangeListener(change -> show());
        Div filters = new Div(from, to, display, Downloads.link("usage-csv", "CSV", "parta-displays-usage.csv", "text/csv",
                () -> usage.exportUsageCsv(from.getValue(), to.getValue(), displayId(), zone, getLocale(),
                        CurrentAccount.actor())));
        filters.addClassName("form-row");
        rows.addColumn(UsageRow::displayName).setHeader(getTranslation("usage.csv.display")).setAutoWidth(true);
        rows.addColumn(row -> getTranslation(row.kind().messageKey()) + ": " + row.title())
                .setHeader(getTranslation("usage.csv.title")).setFlexGrow(2);
        rows.addColumn(UsageRow::startedBy).setHeader(getTranslation("usage.csv.startedBy")).setAutoWidth(true);
        rows.addColumn(row -> TIME.format(row.startedAt().atZone(zone))).setHeader(getTranslation("usage.csv.started"))
                .setAutoWidth(true);
        rows.addColumn(row -> DurationText.of(this, row.duration(Instant.now())))
                .setHeader(getTranslation("usageView.duration")).setAutoWidth(true);
        rows.addColumn(row -> row.confirmedAt() == null ? "—" : "✓").setHeader(getTranslation("usage.csv.confirmed"))
                .setAutoWidth(true);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rows.setId("usage-rows");
        rows.setAllRowsVisible(true);
        rooms.addColumn(RoomSummary::displayName).setHeader(getTranslation("usage.csv.display")).setFlexGrow(2);
        rooms.addColumn(RoomSummary::broadcasts).setHeader(getTranslation("usageView.broadcasts"));
        rooms.addColumn(summary -> DurationText.of(this, summary.shown())).setHeader(getTranslation("usageView.shown"));
        rooms.addColumn(RoomSummary::confirmed).setHeader(getTranslation("usageView.confirmed"));
        rooms.addColumn(summary -> summary.lastUsed() == null ? "—" : TIME.format(summary.lastUsed().atZone(zone)))
                .setHeader(getTranslation("usageView.lastUsed"));
        rooms.addThemeVariants(GridVariant.LUMO_COMPACT);
        rooms.setId("usage-rooms");
        rooms.setAllRowsVisible(true);
        add(new H2(getTranslation("usageView.title")), filters, new H3(getTranslation("usageView.rooms")), rooms,
                new H3(getTranslation("usageView.lines")), rows);
        show();
    }

    private Long displayId() {
        return display.getValue() == null ? null : display.getValue().id();
    }

    private void show() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        rows.setItems(new ArrayList<>(usage.findUsage(from.getValue(), to.getValue(), displayId(), zone,
                UsageLog.SCREEN_LINES, CurrentAccount.actor())));
        List<RoomSummary> summary = usage.findRoomSummary(from.getValue(), to.getValue(), zone, CurrentAccount.actor());
        rooms.setItems(summary);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("usageView.title");
    }
}
