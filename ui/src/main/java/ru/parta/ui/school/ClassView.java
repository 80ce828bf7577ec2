package ru.parta.ui.school;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonRow;
import ru.parta.people.SlipService;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.school.Teaching;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.PersonLabel;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.home.MainLayout;

/**
 * One class: its class teacher, subject teachers and people, and its activation slips. Open to
 * administrators, the director and the class's own teachers; only administrators change it.
 */
@Prototype
@Route(value = Routes.CLASS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR, Role.TEACHER})
public class ClassView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ClassService classes;
    private final AccountService accounts;
    private final PeopleDirectory directory;
    private final SlipService slips;
    private final PublicAddress address;
    private final AccountSummary viewer;
    private SchoolClass schoolClass;

    public ClassView(ClassService classes, AccountService accounts, PeopleDirectory directory, SlipService slips,
                     PublicAddress address) {
        this.classes = classes;
        this.accounts = accounts;
        this.directory = directory;
        this.slips = slips;
        this.address = address;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long classId) {
        SchoolClass found = classId == null ? null : classes.findClass(classId).filter(SchoolClass::isCurrent)
                .orElse(null);
        if (found == null || !(PeopleDirectory.seesEveryone(viewer) || classes.isTeacherOf(found.id(), viewer.id()))) {
            event.forwardTo(Routes.CLASSES);
            return;
        }
        schoolClass = found;
        show();
    }

    /** Only an empty class made by mistake can go; the service says what keeps any other. */
    private void confirmDelete() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("class-delete-dialog");
        dialog.setHeaderTitle(getTranslation("class.delete.title", schoolClass.label()));
        dialog.add(new Paragraph(getTranslation("class.delete.text")));
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        Button delete = new Button(getTranslation("class.action.delete"), click -> {
            dialog.close();
            classes.deleteClass(schoolClass.id(), CurrentAccount.actor());
            getUI().ifPresent(ui -> ui.navigate(Routes.CLASSES));
        });
        delete.setId("class-delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, delete);
        dialog.open();
    }

    private void show() {
        removeAll();
        boolean admin = viewer.hasRole(Role.ADMIN);
        H2 title = new H2(getTranslation("class.title", schoolClass.label()));
        title.setId("class-title");
        add(title);
        if (admin) {
            Button delete = new Button(getTranslation("class.action.delete"), VaadinIcon.TRASH.create(),
                    click -> confirmDelete());
            delete.setId("class-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(delete);
        }

        boolean classTeacher = schoolClass.classTeacherId() != null && schoolClass.classTeacherId() == viewer.id();
        if (PeopleDirectory.seesEveryone(viewer) || classTeacher) {
            String base = address.baseUrl();
            long id = schoolClass.id();
            String label = schoolClass.label();
            Anchor print = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = slips.printClassSlips(id, base, CurrentAccount.actor());
                return new DownloadResponse(new ByteArrayInputStream(pdf), "parta-slips-" + label + ".pdf",
                        "application/pdf", pdf.length);
            }), getTranslation("class.action.slips"));
            print.setId("class-slips");
            print.addClassName("button-link");
            Paragraph hint = new Paragraph(getTranslation("class.slips.hint"));
            hint.addClassName("hint");
            add(new Div(print), hint);
        }

        add(new H3(getTranslation("class.section.classTeacher")));
        if (admin) {
            TeacherPicker picker = new TeacherPicker(null, directory, viewer);
            picker.setId("class-teacher-picker");
            picker.setAriaLabel(getTranslation("class.section.classTeacher"));
            if (schoolClass.classTeacherId() != null) {
                picker.setValue(directory.findPerson(viewer, schoolClass.classTeacherId()));
            }
            picker.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    schoolClass = classes.assignClassTeacher(schoolClass.id(),
                            change.getValue() == null ? null : change.getValue().id(), CurrentAccount.actor());
                }
            });
            add(picker);
        } else {
            add(schoolClass.classTeacherId() == null ? muted(getTranslation("classes.noClassTeacher"))
                    : label(schoolClass.classTeacherId()));
        }

        add(new H3(getTranslation("class.section.teaching")));
        Grid<Teaching> teaching = new Grid<>();
        List<Teaching> assigned = classes.findTeaching(schoolClass.id());
        Map<Long, AccountSummary> teachers = accounts.findPeople(assigned.stream().map(Teaching::teacherId).toList());
        teaching.addColumn(Teaching::subject).setHeader(getTranslation("class.column.subject"));
        teaching.addComponentColumn(t -> new PersonLabel(teachers.get(t.teacherId()).fullName(),
                teachers.get(t.teacherId()).teacherVerified())).setHeader(getTranslation("class.column.teacher"));
        if (admin) {
            teaching.addComponentColumn(t -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    classes.removeTeaching(t.id(), CurrentAccount.actor());
                    show();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label", getTranslation("action.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        teaching.setItems(assigned);
        teaching.setAllRowsVisible(true);
        teaching.setEmptyStateText(getTranslation("class.teaching.empty"));
        teaching.setId("class-teaching");
        add(teaching);
        if (admin) {
            TeacherPicker teacher = new TeacherPicker(getTranslation("class.column.teacher"), directory, viewer);
            teacher.setId("teaching-teacher");
            TextField subject = new TextField(getTranslation("class.column.subject"));
            subject.setId("teaching-subject");
            Button assign = new Button(getTranslation("class.action.assign"), VaadinIcon.PLUS.create(), click -> {
                if (teacher.getValue() == null) {
                    throw PartaException.invalid("class.teacher.required");
                }
                classes.assignTeaching(schoolClass.id(), teacher.getValue().id(), subject.getValue(), CurrentAccount.actor());
                show();
            });
            assign.setId("teaching-assign");
            Div form = new Div(teacher, subject, assign);
            form.addClassName("inline-form");
            add(form);
        }

        add(new H3(getTranslation("class.section.people")));
        Grid<PersonRow> people = new Grid<>();
        PeopleFilter filter = new PeopleFilter(null, null, schoolClass.id(), null, null);
        people.addComponentColumn(ru.parta.ui.base.PersonCell::new).setHeader(getTranslation("people.column.name"))
                .setFlexGrow(3);
        var rolesColumn = people.addColumn(row -> ru.parta.ui.base.PersonCell.roles(this, row))
                .setHeader(getTranslation("people.column.roles")).setFlexGrow(2);
        var statusColumn = people.addColumn(row -> getTranslation(row.status().messageKey()))
                .setHeader(getTranslation("people.column.status")).setFlexGrow(1);
        ru.parta.ui.base.ScreenWidth.whenPhone(people, phone -> {
            rolesColumn.setVisible(!phone);
            statusColumn.setVisible(!phone);
            people.getElement().getClassList().set("folded", phone);
        });
        people.setItems(query -> directory.findPeople(viewer, filter, query.getOffset(), query.getLimit()).stream(),
                query -> directory.countPeople(viewer, filter));
        people.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(Routes.person(click.getItem().id()))));
        people.setId("class-people");
        people.setHeight("24rem");
        add(people);
    }

    private PersonLabel label(long accountId) {
        AccountSummary person = accounts.findPeople(List.of(accountId)).get(accountId);
        return new PersonLabel(person.fullName(), person.teacherVerified());
    }

    private static com.vaadin.flow.component.html.Span muted(String text) {
        var span = new com.vaadin.flow.component.html.Span(text);
        span.addClassName("muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return schoolClass == null ? getTranslation("classes.pageTitle")
                : getTranslation("class.pageTitle", schoolClass.label());
    }
}
