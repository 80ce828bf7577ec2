package ru.parta.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.moderation.ModerationRecord;
import ru.parta.moderation.ModerationService;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Downloads;
import ru.parta.ui.home.MainLayout;

/**
 * The moderation log for administrators: its latest lines (moderators' actions and the filter's
 * refusals, with hashes, never texts), a check of the whole hash chain, and the CSV.
 */
@Prototype
@Route(value = Routes.MODERATION_LOG, layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public class ModerationLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    public ModerationLogView(ModerationService moderation, SchoolService school, AccountService accounts) {
        addClassName("page");
        ZoneId zone = school.zone();
        Paragraph result = new Paragraph();
        result.setId("moderation-log-result");
        Button check = new Button(getTranslation("moderationLog.check"), VaadinIcon.CHECK_CIRCLE_O.create(), click -> {
            long broken = moderation.checkLogChain(CurrentAccount.actor());
            result.setText(broken < 0 ? getTranslation("moderationLog.ok") + " " + getTranslation("moderationLog.head",
                    moderation.findLogHeadHash(CurrentAccount.actor())) : broken == 0
                    ? getTranslation("moderationLog.cut") : getTranslation("moderationLog.broken", broken));
            result.setClassName("moderation-log-broken", broken >= 0);
        });
        check.setId("moderation-log-check");
        Div actions = new Div(check, Downloads.link("moderation-log-csv", "CSV", "parta-moderation-log.csv",
                "text/csv", () -> moderation.exportLogCsv(zone, CurrentAccount.actor())));
        actions.addClassName("ack-actions");
        Grid<ModerationRecord> lines = new Grid<>();
        lines.addColumn(ModerationRecord::id).setHeader("№").setFlexGrow(0).setWidth("5rem");
        lines.addColumn(line -> TIME.format(line.occurredAt().atZone(zone))).setHeader(getTranslation("moderationLog.time"));
        lines.addColumn(ModerationRecord::action).setHeader(getTranslation("moderationLog.action"));
        lines.addColumn(line -> line.targetKind() + (line.targetId() > 0 ? " " + line.targetId() : ""))
                .setHeader(getTranslation("moderationLog.target"));
        lines.addColumn(ModerationRecord::reason).setHeader(getTranslation("moderationLog.reason"));
        java.util.List<ModerationRecord> latest = moderation.findLogLines(CurrentAccount.actor());
        java.util.Map<Long, AccountSummary> people = accounts.findPeople(latest.stream().map(ModerationRecord::actorId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        lines.addColumn(line -> line.actorId() == null || !people.containsKey(line.actorId()) ? ""
                : people.get(line.actorId()).fullName()).setHeader(getTranslation("moderationLog.actor"));
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        lines.setItems(latest);
        lines.setId("moderation-log-lines");
        lines.setWidthFull();
        add(new H2(getTranslation("moderationLog.title")), actions, result, lines);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderationLog.title");
    }
}
