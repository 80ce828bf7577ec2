package ru.parta.ui.broadcast;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import ru.parta.access.Role;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayService;
import ru.parta.broadcast.PlannedSlot;
import ru.parta.broadcast.ScheduleService;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.Irreversible;
import ru.parta.ui.home.MainLayout;

/**
 * Planned broadcasts: the week of what is planned where (overlaps marked), a week back and ahead,
 * and a new plan. Times are the school's.
 */
@Prototype
@Route(value = Routes.BROADCAST_PLAN, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR, Role.TEACHER})
public class BroadcastPlanView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleService schedules;
    private final Div week = new Div();
    private final Span weekTitle = new Span();
    private LocalDate monday;

    public BroadcastPlanView(ScheduleService schedules, BroadcastService broadcasts, DisplayService displays,
                             SchoolService school) {
        this.schedules = schedules;
        addClassName("page");
        LocalDate today = LocalDate.now(school.zone());
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long viewer = CurrentAccount.actor().accountId();
        boolean manager = CurrentAccount.get().map(a -> a.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.DIRECTOR)))
                .orElse(false);
        Button back = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> move(-7));
        back.setAriaLabel(getTranslation("plan.weekBack"));
        back.setId("plan-week-back");
        Button ahead = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> move(7));
        ahead.setAriaLabel(getTranslation("plan.weekAhead"));
        ahead.setId("plan-week-ahead");
        weekTitle.setId("plan-week-title");
        Div navigation = new Div(back, weekTitle, ahead);
        navigation.addClassName("plan-week-nav");
        week.setId("plan-week");
        week.addClassName("plan-week");
        add(new H2(getTranslation("plan.title")), navigation, week,
                new PlanForm(schedules, broadcasts, displays.findDisplays(viewer), manager, today, this::showWeek));
        showWeek();
    }

    private void move(int days) {
        monday = monday.plusDays(days);
        showWeek();
    }

    private void showWeek() {
        weekTitle.setText(getTranslation("plan.week", DAY.format(monday), DAY.format(monday.plusDays(6))));
        List<PlannedSlot> slots = schedules.findWeek(monday, CurrentAccount.actor().accountId());
        week.removeAll();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            Div column = new Div(new H3(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " "
                    + DAY.format(day)));
            column.addClassName("plan-day");
            slots.stream().filter(s -> s.day().equals(day)).forEach(slot -> column.add(slot(slot)));
            week.add(column);
        }
    }

    private Div slot(PlannedSlot slot) {
        Div card = new Div();
        card.addClassName("plan-slot");
        card.setClassName("plan-conflict", slot.conflict());
        card.getElement().setAttribute("data-schedule", String.valueOf(slot.scheduleId()));
        Span time = new Span(TIME.format(slot.start()) + "–" + TIME.format(slot.end()));
        time.addClassName("plan-time");
        Span what = new Span(getTranslation(slot.kind().messageKey()) + ": " + slot.title());
        Span where = new Span(slot.allDisplays() ? getTranslation("broadcasting.everywhere")
                : String.join(", ", slot.displayNames()));
        where.addClassName("plan-where");
        Span who = new Span(slot.plannedBy() + (slot.repeats() ? " · " + getTranslation("plan.repeats") : ""));
        who.addClassName("plan-who");
        card.add(time, what, where, who);
        if (slot.conflict()) {
            Span conflict = new Span(getTranslation("plan.conflict"));
            conflict.addClassName("plan-conflict-badge");
            card.add(conflict);
        }
        if (slot.mayCancel()) {
            Button cancel = new Button(getTranslation("plan.cancel"), click -> Irreversible.confirm(
                    getTranslation("plan.cancelTitle"), getTranslation("plan.cancelText", slot.title()),
                    getTranslation("plan.cancel"), () -> {
                        schedules.cancelSchedule(slot.scheduleId(), CurrentAccount.actor());
                        showWeek();
                    }));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            card.add(cancel);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }
}
