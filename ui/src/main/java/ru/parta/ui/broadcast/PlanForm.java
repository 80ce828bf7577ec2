package ru.parta.ui.broadcast;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Set;
import ru.parta.broadcast.BroadcastKind;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.broadcast.NewSchedule;
import ru.parta.broadcast.PlannedSlot;
import ru.parta.broadcast.ScheduleService;
import ru.parta.ui.access.CurrentAccount;

/**
 * A new plan: what (an announcement, slides, a picture, a video), when in school time (a day and a
 * time, how long, repeating on chosen weekdays until a last day), where. An overlap with another
 * plan on a shared display is shown as soon as the fields say enough, and refused on saving.
 */
class PlanForm extends Div {

    private final ScheduleService schedules;
    private final ContentFields content;
    private final DatePicker firstDay = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final IntegerField minutes = new IntegerField();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final DatePicker lastDay = new DatePicker();
    private final RadioButtonGroup<Boolean> everywhere = new RadioButtonGroup<>();
    private final MultiSelectComboBox<DisplayInfo> rooms = new MultiSelectComboBox<>();
    private final Paragraph clash = new Paragraph();

    PlanForm(ScheduleService schedules, BroadcastService broadcasts, List<DisplayInfo> displays, boolean manager,
             LocalDate today, Runnable planned) {
        this.schedules = schedules;
        addClassName("broadcast-form");
        content = new ContentFields(this, "plan", List.of(BroadcastKind.ANNOUNCEMENT, BroadcastKind.SLIDES,
                BroadcastKind.IMAGES, BroadcastKind.VIDEO));
        firstDay.setLabel(getTranslation("plan.firstDay"));
        firstDay.setMin(today);
        firstDay.setValue(today.plusDays(1));
        firstDay.setId("plan-first-day");
        start.setLabel(getTranslation("plan.start"));
        start.setValue(LocalTime.of(8, 20));
        start.setId("plan-start");
        minutes.setLabel(getTranslation("plan.minutes"));
        minutes.setMin(1);
        minutes.setMax(480);
        minutes.setValue(10);
        minutes.setStepButtonsVisible(true);
        minutes.setId("plan-minutes");
        weekdays.setLabel(getTranslation("plan.repeat"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, getLocale()));
        weekdays.setId("plan-weekdays");
        lastDay.setLabel(getTranslation("plan.lastDay"));
        lastDay.setHelperText(getTranslation("plan.lastDayHelp"));
        lastDay.setId("plan-last-day");
        everywhere.setLabel(getTranslation("broadcasting.where"));
        everywhere.setItems(manager ? List.of(true, false) : List.of(false));
        everywhere.setItemLabelGenerator(all -> getTranslation(all ? "broadcasting.everywhere" : "broadcasting.rooms"));
        everywhere.setValue(!manager ? false : true);
        everywhere.setId("plan-where");
        rooms.setLabel(getTranslation("broadcasting.roomsField"));
        rooms.setItems(displays);
        rooms.setItemLabelGenerator(DisplayInfo::name);
        rooms.setVisible(!manager);
        rooms.setId("plan-rooms");
        everywhere.addValueChangeListener(change -> rooms.setVisible(!change.getValue()));
        clash.addClassName("plan-clash");
        clash.setId("plan-clash");
        for (var field : List.of(firstDay, lastDay)) {
            field.addValueChangeListener(change -> checkClash());
        }
        start.addValueChangeListener(change -> checkClash());
        minutes.addValueChangeListener(change -> checkClash());
        weekdays.addValueChangeListener(change -> checkClash());
        everywhere.addValueChangeListener(change -> checkClash());
        rooms.addValueChangeListener(change -> checkClash());
        Button save = new Button(getTranslation("plan.save"), VaadinIcon.CALENDAR_CLOCK.create(), click -> {
            schedules.createSchedule(plan(), CurrentAccount.actor());
            content.title.clear();
            content.body.clear();
            clash.setText("");
            planned.run();
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div when = new Div(firstDay, start, minutes);
        when.addClassName("form-row");
        Div repeat = new Div(weekdays, lastDay);
        repeat.addClassName("form-row");
        Div where = new Div(everywhere, rooms);
        where.addClassName("form-row");
        add(new H3(getTranslation("plan.new")), content.head(), content.body, content.file, when, repeat, where, clash,
                save);
        content.kind.setValue(BroadcastKind.ANNOUNCEMENT);
        content.setFiles(broadcasts.findBroadcastFiles(CurrentAccount.actor().accountId()), null);
    }

    private NewSchedule plan() {
        return new NewSchedule(content.kind.getValue(), content.title.getValue(), content.body.getValue(),
                content.fileId(), null, firstDay.getValue(), lastDay.getValue(),
                start.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(), Set.copyOf(weekdays.getValue()),
                Boolean.TRUE.equals(everywhere.getValue()), rooms.getValue().stream().map(DisplayInfo::id).toList());
    }

    private void checkClash() {
        List<PlannedSlot> other = schedules.findConflicts(plan(), CurrentAccount.actor().accountId());
        clash.setText(other.isEmpty() ? "" : getTranslation("schedule.overlaps", other.getFirst().title(),
                other.getFirst().day(), other.getFirst().start(), other.getFirst().end()));
    }
}
