package ru.parta.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ru.parta.access.AccountSummary;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonRow;
import ru.parta.ui.access.CurrentAccount;

/**
 * A parent's linked children on the parent's page, each with "Отвязать" to undo a link made by
 * mistake (the parent leaves that class's parent chat at once).
 */
class LinkedChildren extends Div {

    LinkedChildren(long parentId, AccountSummary viewer, PeopleService people, PeopleDirectory directory,
                   Runnable changed) {
        setId("person-linked-children");
        for (long childId : people.findChildIds(parentId)) {
            PersonRow child = directory.findPerson(viewer, childId);
            String name = child.fullName() + (child.classLabel() == null ? "" : ", " + child.classLabel());
            Button unlink = new Button(getTranslation("person.action.unlinkChild"), click -> {
                people.unlinkChild(parentId, childId, CurrentAccount.actor());
                changed.run();
            });
            unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            unlink.getElement().setAttribute("aria-label", getTranslation("person.action.unlinkChild.named", name));
            unlink.addClassName("person-unlink-child");
            Div row = new Div(new Span(name), unlink);
            row.addClassName("linked-child");
            add(row);
        }
    }
}
