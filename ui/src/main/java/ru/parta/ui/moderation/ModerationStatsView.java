package ru.parta.ui.moderation;

import ru.parta.ui.base.DurationText;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.util.List;
import ru.parta.access.Role;
import ru.parta.moderation.ModerationReason;
import ru.parta.moderation.ModerationStatistics;
import ru.parta.moderation.ModerationStats;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.home.MainLayout;

/**
 * Moderation statistics for administrators and the director: queue items of a period by reason and
 * by class, decided and open, time to decision (median, 90th percentile), and what the filter and the
 * moderators did directly.
 */
@Prototype
@Route(value = Routes.MODERATION_STATS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR})
public class ModerationStatsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

    private final ModerationStatistics statistics;
    private final Div figures = new Div();
    private final Grid<ModerationStats.Row> byReason = rows("moderationStats.reason");
    private final Grid<ModerationStats.Row> byClass = rows("moderationStats.class");

    public ModerationStatsView(ModerationStatistics statistics) {
        this.statistics = statistics;
        addClassName("page");
        Select<Integer> period = new Select<>();
        period.setLabel(getTranslation("moderationStats.period"));
        period.setItems(PERIODS);
        period.setItemLabelGenerator(days -> getTranslation("moderationStats.days", days));
        period.setValue(30);
        period.setId("moderation-stats-period");
        period.addValueChangeListener(change -> show(change.getValue()));
        figures.addClassName("stats-figures");
        figures.setId("moderation-stats-figures");
        byReason.setId("moderation-stats-reasons");
        byClass.setId("moderation-stats-classes");
        add(new H2(getTranslation("moderationStats.title")), period, figures,
                new H3(getTranslation("moderationStats.byReason")), byReason,
                new H3(getTranslation("moderationStats.byClass")), byClass);
        show(30);
    }

    private void show(int days) {
        ModerationStats stats = statistics.findStatistics(days, CurrentAccount.actor());
        figures.removeAll();
        figures.add(figure("moderationStats.items", String.valueOf(stats.items())),
                figure("moderationStats.decided", String.valueOf(stats.decided())),
                figure("moderationStats.median", duration(stats.medianDecision())),
                figure("moderationStats.p90", duration(stats.p90Decision())),
                figure("moderationStats.hidden", String.valueOf(stats.hiddenByModerators())),
                figure("moderationStats.refused", String.valueOf(stats.refusedByFilter())),
                figure("moderationStats.held", String.valueOf(stats.heldByFilter())),
                figure("moderationStats.flagged", String.valueOf(stats.flaggedByFilter())));
        byReason.setItems(stats.byReason());
        byClass.setItems(stats.byClass());
    }

    private Grid<ModerationStats.Row> rows(String keyHeader) {
        Grid<ModerationStats.Row> grid = new Grid<>();
        grid.addColumn(row -> label(keyHeader, row.key())).setHeader(getTranslation(keyHeader)).setFlexGrow(2);
        grid.addColumn(ModerationStats.Row::items).setHeader(getTranslation("moderationStats.items"));
        grid.addColumn(ModerationStats.Row::decided).setHeader(getTranslation("moderationStats.decided"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private String label(String keyHeader, String key) {
        if (keyHeader.endsWith("reason")) {
            return getTranslation(ModerationReason.valueOf(key).messageKey());
        }
        return key.isEmpty() ? getTranslation("moderationStats.noClass") : key;
    }

    private Div figure(String key, String value) {
        Span number = new Span(value);
        number.addClassName("stats-value");
        Div figure = new Div(number, new Span(getTranslation(key)));
        figure.addClassName("stats-figure");
        return figure;
    }

    /** "—" with nothing decided yet. */
    private String duration(Duration duration) {
        return duration == null ? "—" : DurationText.of(this, duration);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderationStats.title");
    }
}
