package ru.parta.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.PendingCode;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonDetail;
import ru.parta.people.PersonRow;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.PersonLabel;
import ru.parta.ui.home.MainLayout;
import ru.parta.ui.base.Irreversible;

/**
 * One person as the viewer may see them. Someone outside the viewer's circle is "not found".
 * Administrators also see contact details and act: verify a teacher, move a student, link a
 * child, record leaving, issue a new activation code.
 */
@Prototype
@Route(value = Routes.PERSON, layout = MainLayout.class)
@AnyRole
public class PersonView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PeopleDirectory directory;
    private final PeopleService people;
    private final AccountService accounts;
    private final ActivationService activation;
    private final ClassService classes;
    private final ru.parta.access.SessionService sessions;
    private final ru.parta.access.Consents consents;
    private final java.time.ZoneId zone;
    private final ru.parta.people.ErasureService erasure;
    private final AccountSummary viewer;
    private PersonRow person;

    public PersonView(PeopleDirectory directory, PeopleService people, AccountService accounts,
                      ActivationService activation, ClassService classes, ru.parta.access.SessionService sessions,
                      ru.parta.access.Consents consents, ru.parta.people.ErasureService erasure,
                      ru.parta.school.SchoolService schools) {
        this.sessions = sessions;
        this.consents = consents;
        this.zone = schools.zone();
        this.erasure = erasure;
        this.directory = directory;
        this.people = people;
        this.accounts = accounts;
        this.activation = activation;
        this.classes = classes;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        try {
            person = directory.findPerson(viewer, personId == null ? -1 : personId);
        } catch (PartaException notVisible) {
            event.forwardTo(Routes.PEOPLE);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        person = directory.findPerson(viewer, person.id());
        H2 name = new H2(new PersonLabel(person.fullName(), person.teacherVerified()));
        name.setId("person-title");
        Span roles = new Span(Arrays.stream(Role.values()).filter(person.roles()::contains)
                .map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", ")));
        roles.setId("person-roles-text");
        Span status = new Span(getTranslation(person.status().messageKey()));
        status.addClassNames("badge", "badge-" + person.status().name().toLowerCase(java.util.Locale.ROOT));
        status.setId("person-status");
        Div facts = new Div(roles, status);
        facts.addClassName("facts");
        add(name, facts);
        if (person.classLabel() != null) {
            add(new Paragraph(getTranslation("person.class", person.classLabel())));
        }
        if (!person.children().isEmpty()) {
            Paragraph children = new Paragraph(getTranslation("person.children", String.join("; ", person.children())));
            children.setId("person-children-text");
            add(children);
        }
        if (person.roles().contains(Role.STUDENT)) {
            List<String> parents = people.findParentIds(person.id()).stream()
                    .filter(id -> directory.canSee(viewer, id))
                    .map(id -> directory.findPerson(viewer, id).fullName()).toList();
            if (!parents.isEmpty()) {
                add(new Paragraph(getTranslation("person.parents", String.join("; ", parents))));
            }
        }
        if (viewer.hasRole(Role.ADMIN)) {
            adminSection();
        }
    }

    private void adminSection() {
        add(new H3(getTranslation("person.section.contacts")));
        PersonDetail detail = people.findDetail(person.id(), viewer).orElse(new PersonDetail(person.id(), null, null,
                null));
        DatePicker birthDate = new DatePicker(getTranslation("person.field.birthDate"), detail.birthDate());
        TextField phone = new TextField(getTranslation("person.field.phone"));
        phone.setValue(detail.phone() == null ? "" : detail.phone());
        phone.setId("person-phone");
        EmailField email = new EmailField(getTranslation("person.field.email"));
        email.setValue(detail.email() == null ? "" : detail.email());
        email.setId("person-email");
        Button save = new Button(getTranslation("action.save"), click -> {
            people.updateDetails(person.id(), birthDate.getValue(), phone.getValue(), email.getValue(), CurrentAccount.actor());
            Notification.show(getTranslation("person.saved"));
        });
        save.setId("person-save-details");
        FormLayout contacts = new FormLayout(birthDate, phone, email);
        contacts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        add(contacts, save);

        add(new PersonAccountSection(person, accounts, sessions, consents, erasure, zone, this::show));
        if (person.status() == AccountStatus.LEFT || person.status() == AccountStatus.ERASED) {
            return;
        }
        add(new H3(getTranslation("person.section.actions")));
        Div actions = new Div();
        actions.addClassName("inline-form");
        if (person.status() == AccountStatus.PENDING) {
            PendingCode code = activation.findCodes(List.of(person.id())).get(person.id());
            Paragraph current = new Paragraph(code == null ? getTranslation("person.code.none")
                    : getTranslation(activation.isExpired(code) ? "person.code.expired" : "person.code.current",
                    code.displayCode()));
            current.setId("person-code");
            add(current);
            actions.add(PersonAccountSection.button("person.action.newCode", "person-new-code", () -> {
                activation.issueCode(person.id(), CurrentAccount.actor());
                show();
            }));
        }
        if (person.roles().contains(Role.TEACHER)) {
            actions.add(PersonAccountSection.button(person.teacherVerified() ? "person.action.unverify" : "person.action.verify",
                    "person-verify", () -> {
                        accounts.verifyTeacher(person.id(), !person.teacherVerified(), CurrentAccount.actor());
                        show();
                    }));
        }
        if (person.roles().contains(Role.STUDENT)) {
            ComboBox<SchoolClass> target = new ComboBox<>(getTranslation("person.field.transferTo"));
            target.setItems(classes.findClasses());
            target.setItemLabelGenerator(SchoolClass::label);
            target.setId("person-transfer-class");
            Button transfer = new Button(getTranslation("person.action.transfer"), click -> {
                if (target.getValue() == null) {
                    throw PartaException.invalid("person.class.required");
                }
                people.transferStudent(person.id(), target.getValue().id(), CurrentAccount.actor());
                show();
            });
            transfer.setId("person-transfer");
            Div form = new Div(target, transfer);
            form.addClassName("inline-form");
            add(form);
        }
        if (person.roles().contains(Role.PARENT)) {
            ComboBox<PersonRow> child = new ComboBox<>(getTranslation("person.field.addChild"));
            child.setItems(query -> directory.findPeople(viewer, new PeopleFilter(query.getFilter().orElse(""),
                    Role.STUDENT, null, null, null), query.getOffset(), query.getLimit()).stream());
            child.setItemLabelGenerator(row -> row.fullName() + (row.classLabel() == null ? "" : ", " + row.classLabel()));
            child.setId("person-child");
            Button link = new Button(getTranslation("person.action.linkChild"), click -> {
                if (child.getValue() != null) {
                    people.linkChild(person.id(), child.getValue().id(), CurrentAccount.actor());
                    show();
                }
            });
            link.setId("person-link-child");
            Div form = new Div(child, link);
            form.addClassName("inline-form");
            add(form);
            add(new LinkedChildren(person.id(), viewer, people, directory, this::show));
        }
        if (person.id() != viewer.id()) {
            actions.add(PersonAccountSection.button("person.action.leave", "person-leave", () -> confirmLeaving(false)));
            if (person.roles().contains(Role.STUDENT)) {
                actions.add(PersonAccountSection.button("person.action.graduate", "person-graduate", () -> confirmLeaving(true)));
            }
        }
        add(actions);
    }

    private void confirmLeaving(boolean graduated) {
        Irreversible.confirm(getTranslation("person.leave.title", person.fullName()),
                getTranslation("person.leave.text"), getTranslation("person.leave.confirm"), () -> {
            people.markLeft(person.id(), graduated, CurrentAccount.actor());
            show();
        });
    }

    @Override
    public String getPageTitle() {
        return person == null ? getTranslation("people.pageTitle") : person.fullName();
    }
}
