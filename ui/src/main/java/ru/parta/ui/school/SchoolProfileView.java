package ru.parta.ui.school;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.people.RolloverService;
import ru.parta.school.School;
import ru.parta.school.SchoolProfile;
import ru.parta.school.SchoolService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.TimeZones;
import ru.parta.ui.home.MainLayout;

/** The school profile (name, address, timezone, quiet hours) and the move to the next academic year. */
@Prototype
@Route(value = Routes.SCHOOL_PROFILE, layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public class SchoolProfileView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolService schools;
    private final AccountSummary viewer;
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final TimePicker quietFrom = new TimePicker();
    private final TimePicker quietUntil = new TimePicker();
    private final Paragraph year = new Paragraph();

    public SchoolProfileView(SchoolService schools, RolloverService rollover, TimeZones timeZones) {
        this.schools = schools;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        name.setLabel(getTranslation("school.field.name"));
        name.setId("school-name");
        address.setLabel(getTranslation("school.field.address"));
        address.setId("school-address");
        timeZone.setLabel(getTranslation("school.field.timeZone"));
        timeZone.setItems(timeZones.all());
        timeZone.setItemLabelGenerator(timeZones.labels(this));
        timeZone.setId("school-time-zone");
        quietFrom.setLabel(getTranslation("school.field.quietFrom"));
        quietFrom.setStep(Duration.ofMinutes(15));
        quietFrom.setId("school-quiet-from");
        quietUntil.setLabel(getTranslation("school.field.quietUntil"));
        quietUntil.setStep(Duration.ofMinutes(15));
        quietUntil.setId("school-quiet-until");
        FormLayout form = new FormLayout(name, address, timeZone, quietFrom, quietUntil);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        form.setColspan(timeZone, 2);
        form.setMaxWidth("48rem");
        Paragraph quietHelp = new Paragraph(getTranslation("school.quietHours.help"));
        quietHelp.addClassName("hint");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("school-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        year.setId("school-year");
        Button nextYear = new Button(getTranslation("rollover.action.open"),
                click -> new RolloverDialog(rollover, viewer, this::show).open());
        nextYear.setId("rollover-open");
        Paragraph rolloverHelp = new Paragraph(getTranslation("rollover.help"));
        rolloverHelp.addClassName("hint");

        add(new H2(getTranslation("school.title")), form, quietHelp, save,
                new H3(getTranslation("school.section.year")), year, rolloverHelp, nextYear);
        show();
    }

    private void show() {
        School school = schools.requireSchool();
        name.setValue(school.name());
        address.setValue(school.address() == null ? "" : school.address());
        timeZone.setValue(school.timeZone());
        quietFrom.setValue(school.quietFrom());
        quietUntil.setValue(school.quietUntil());
        year.setText(getTranslation("school.year.current", school.academicYearLabel()));
    }

    private void save() {
        schools.updateProfile(new SchoolProfile(name.getValue(), address.getValue(), timeZone.getValue(),
                quietFrom.getValue(), quietUntil.getValue()), CurrentAccount.actor());
        Notification saved = Notification.show(getTranslation("school.saved"));
        saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.pageTitle");
    }
}
