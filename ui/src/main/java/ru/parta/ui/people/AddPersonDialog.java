package ru.parta.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.people.NewPerson;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonRow;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.ui.access.CurrentAccount;

/** Adds one person by hand (a newcomer mid-year); they start not activated, with a code. */
class AddPersonDialog extends Dialog {

    AddPersonDialog(PeopleService people, ClassService classes, PeopleDirectory directory, AccountSummary viewer,
                    Runnable onAdded) {
        setHeaderTitle(getTranslation("person.add.title"));
        TextField name = new TextField(getTranslation("person.field.fullName"));
        name.setId("person-name");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("person.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setId("person-roles");
        ComboBox<SchoolClass> schoolClass = new ComboBox<>(getTranslation("person.field.class"));
        schoolClass.setItems(classes.findClasses());
        schoolClass.setItemLabelGenerator(SchoolClass::label);
        schoolClass.setId("person-class");
        MultiSelectComboBox<PersonRow> children = new MultiSelectComboBox<>(getTranslation("person.field.children"));
        children.setItems(query -> directory.findPeople(viewer, new PeopleFilter(query.getFilter().orElse(""),
                Role.STUDENT, null, null, null), query.getOffset(), query.getLimit()).stream());
        children.setItemLabelGenerator(row -> row.fullName() + (row.classLabel() == null ? "" : ", " + row.classLabel()));
        children.setId("person-children");
        DatePicker birthDate = new DatePicker(getTranslation("person.field.birthDate"));
        TextField phone = new TextField(getTranslation("person.field.phone"));
        EmailField email = new EmailField(getTranslation("person.field.email"));
        schoolClass.setVisible(false);
        children.setVisible(false);
        roles.addValueChangeListener(e -> {
            schoolClass.setVisible(e.getValue().contains(Role.STUDENT));
            children.setVisible(e.getValue().contains(Role.PARENT));
        });
        FormLayout form = new FormLayout(name, roles, schoolClass, children, birthDate, phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(name, 2);
        form.setColspan(roles, 2);
        add(form);

        Button save = new Button(getTranslation("person.add.save"), click -> {
            AccountSummary added = people.addPerson(new NewPerson(name.getValue(),
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                    schoolClass.getValue() == null ? null : schoolClass.getValue().id(), birthDate.getValue(),
                    phone.getValue(), email.getValue(),
                    children.getValue().stream().map(PersonRow::id).collect(Collectors.toSet())), CurrentAccount.actor());
            Notification done = Notification.show(getTranslation("person.add.done", added.fullName()));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onAdded.run();
            var ui = getUI();
            close();
            ui.ifPresent(current -> current.navigate(ru.parta.ui.Routes.person(added.id())));
        });
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
