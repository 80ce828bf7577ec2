package ru.parta.ui.school;

import com.vaadin.flow.component.combobox.ComboBox;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonRow;

/** Picks a teacher by typing part of their name; only the matching page is ever loaded. */
class TeacherPicker extends ComboBox<PersonRow> {

    TeacherPicker(String label, PeopleDirectory directory, AccountSummary viewer) {
        super(label);
        setItems(query -> directory.findPeople(viewer, new PeopleFilter(query.getFilter().orElse(""), Role.TEACHER,
                null, null, null), query.getOffset(), query.getLimit()).stream());
        setItemLabelGenerator(PersonRow::fullName);
        setClearButtonVisible(true);
    }
}
