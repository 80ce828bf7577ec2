package ru.parta.ui.school;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.event.EventBus;
import ru.parta.people.PeopleChanged;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.school.ClassChanged;
import ru.parta.school.ClassLabel;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.PersonLabel;
import ru.parta.ui.home.MainLayout;

/** The school's classes; administrators create them. Teachers see the classes they lead or teach. */
@Prototype
@Route(value = Routes.CLASSES, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR, Role.TEACHER})
public class ClassesView extends VerticalLayout implements HasDynamicTitle {

    private final ClassService classes;
    private final AccountService accounts;
    private final PeopleDirectory directory;
    private final AccountSummary viewer;
    private final Grid<SchoolClass> grid = new Grid<>();

    public ClassesView(ClassService classes, AccountService accounts, PeopleDirectory directory, EventBus events) {
        this.classes = classes;
        this.accounts = accounts;
        this.directory = directory;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        add(new H2(getTranslation("classes.title")));
        if (viewer.hasRole(Role.ADMIN)) {
            add(createForm());
        }
        grid.addColumn(SchoolClass::label).setHeader(getTranslation("classes.column.class")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::classTeacher).setHeader(getTranslation("classes.column.classTeacher"))
                .setFlexGrow(2);
        grid.addColumn(c -> directory.countPeople(viewer, new PeopleFilter(null, Role.STUDENT, c.id(), null, null)))
                .setHeader(getTranslation("classes.column.students")).setAutoWidth(true).setFlexGrow(0);
        grid.setId("classes-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("classes.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(Routes.schoolClass(click.getItem().id()))));
        add(grid);
        refresh();
        LiveUpdates.follow(this, events, ClassChanged.class, changed -> refresh());
        LiveUpdates.follow(this, events, PeopleChanged.class, changed -> refresh());
    }

    private Div createForm() {
        Select<Integer> grade = new Select<>();
        grade.setLabel(getTranslation("classes.field.grade"));
        grade.setItems(IntStream.rangeClosed(ClassLabel.MIN_GRADE, ClassLabel.MAX_GRADE).boxed().toList());
        grade.setValue(1);
        grade.setId("class-grade");
        TextField letter = new TextField(getTranslation("classes.field.letter"));
        letter.setMaxLength(1);
        letter.setWidth("5rem");
        letter.setId("class-letter");
        TeacherPicker teacher = new TeacherPicker(getTranslation("classes.field.classTeacher"), directory, viewer);
        teacher.setId("class-teacher");
        Button create = new Button(getTranslation("classes.action.create"), VaadinIcon.PLUS.create(), click -> {
            SchoolClass created = classes.createClass(grade.getValue(), letter.getValue(),
                    teacher.getValue() == null ? null : teacher.getValue().id(), CurrentAccount.actor());
            letter.clear();
            teacher.clear();
            refresh();
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation("classes.created", created.label()));
        });
        create.setId("class-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(grade, letter, teacher, create);
        form.addClassName("inline-form");
        Paragraph hint = new Paragraph(getTranslation("classes.hint"));
        hint.addClassName("hint");
        return new Div(form, hint);
    }

    private void refresh() {
        List<SchoolClass> shown = PeopleDirectory.seesEveryone(viewer) ? classes.findClasses()
                : classes.findClasses().stream().filter(c -> classes.isTeacherOf(c.id(), viewer.id())).toList();
        grid.setItems(shown);
    }

    private Span classTeacher(SchoolClass schoolClass) {
        if (schoolClass.classTeacherId() == null) {
            Span none = new Span(getTranslation("classes.noClassTeacher"));
            none.addClassName("muted");
            return none;
        }
        Map<Long, AccountSummary> teacher = accounts.findPeople(List.of(schoolClass.classTeacherId()));
        AccountSummary t = teacher.get(schoolClass.classTeacherId());
        return new PersonLabel(t.fullName(), t.teacherVerified());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.pageTitle");
    }
}
