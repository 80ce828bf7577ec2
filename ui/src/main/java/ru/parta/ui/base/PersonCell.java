package ru.parta.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ru.parta.access.Role;
import ru.parta.people.PersonRow;

/**
 * A person in a list: the name (with the verified badge), and below it, for phones where the
 * other columns fold away, their roles, class or children and state on one short line.
 */
public final class PersonCell extends Div {

    public PersonCell(PersonRow row) {
        addClassName("person-cell");
        add(new PersonLabel(row.fullName(), row.teacherVerified()));
        List<String> facts = new ArrayList<>();
        facts.add(roles(this, row));
        String place = place(row);
        if (!place.isEmpty()) {
            facts.add(place);
        }
        facts.add(getTranslation(row.status().messageKey()));
        Span sub = new Span(String.join(" · ", facts));
        sub.addClassName("person-sub");
        add(sub);
    }

    public static String roles(com.vaadin.flow.component.Component component, PersonRow row) {
        return Arrays.stream(Role.values()).filter(row.roles()::contains)
                .map(r -> component.getTranslation(r.messageKey())).collect(Collectors.joining(", "));
    }

    /** A student's class, or a parent's children with their classes. */
    public static String place(PersonRow row) {
        return row.classLabel() != null ? row.classLabel() : String.join(", ", row.children());
    }
}
