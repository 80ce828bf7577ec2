package ru.parta.ui.school;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonRow;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolGroup;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.PersonLabel;
import ru.parta.ui.home.MainLayout;

/** The staff room and custom groups (clubs, projects, methodical associations) with their members. */
@Prototype
@Route(value = Routes.GROUPS, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final GroupService groups;
    private final PeopleDirectory directory;
    private final AccountSummary viewer;
    private final Grid<SchoolGroup> groupGrid = new Grid<>();
    private final Div members = new Div();

    public GroupsView(GroupService groups, PeopleDirectory directory) {
        this.groups = groups;
        this.directory = directory;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        add(new H2(getTranslation("groups.title")));
        if (viewer.hasRole(Role.ADMIN)) {
            TextField name = new TextField(getTranslation("groups.field.name"));
            name.setId("group-name");
            Button create = new Button(getTranslation("groups.action.create"), VaadinIcon.PLUS.create(), click -> {
                SchoolGroup created = groups.createGroup(name.getValue(), CurrentAccount.actor());
                name.clear();
                refresh();
                groupGrid.select(created);
            });
            create.setId("group-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div form = new Div(name, create);
            form.addClassName("inline-form");
            add(form);
        }
        groupGrid.addColumn(this::groupName).setHeader(getTranslation("groups.column.name")).setFlexGrow(3);
        groupGrid.addColumn(g -> directory.countPeople(viewer, new PeopleFilter(null, null, null, g.id(), null)))
                .setHeader(getTranslation("groups.column.members")).setAutoWidth(true).setFlexGrow(0);
        groupGrid.setAllRowsVisible(true);
        groupGrid.setId("groups-grid");
        groupGrid.asSingleSelect().addValueChangeListener(e -> showMembers(e.getValue()));
        members.setWidthFull();
        add(groupGrid, members);
        refresh();
    }

    private void refresh() {
        groupGrid.setItems(groups.findGroups());
    }

    private String groupName(SchoolGroup group) {
        return group.isStaffRoom() ? getTranslation("school.staffRoom") : group.name();
    }

    private void showMembers(SchoolGroup group) {
        members.removeAll();
        if (group == null) {
            return;
        }
        members.add(new H3(groupName(group)));
        if (group.isStaffRoom()) {
            Paragraph hint = new Paragraph(getTranslation("group.staffRoom.automatic"));
            hint.addClassName("hint");
            members.add(hint);
        }
        boolean editable = viewer.hasRole(Role.ADMIN) && !group.isStaffRoom();
        PeopleFilter filter = new PeopleFilter(null, null, null, group.id(), null);
        Grid<PersonRow> grid = new Grid<>();
        grid.addComponentColumn(row -> new PersonLabel(row.fullName(), row.teacherVerified()))
                .setHeader(getTranslation("people.column.name"));
        if (editable) {
            grid.addComponentColumn(row -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                    groups.removeMember(group.id(), row.id(), CurrentAccount.actor());
                    groupGrid.getDataProvider().refreshItem(group);
                    showMembers(group);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label", getTranslation("action.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(query -> directory.findPeople(viewer, filter, query.getOffset(), query.getLimit()).stream(),
                query -> directory.countPeople(viewer, filter));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(Routes.person(click.getItem().id()))));
        grid.setHeight("20rem");
        grid.setWidthFull();
        grid.setId("group-members");
        if (editable) {
            ComboBox<PersonRow> person = new ComboBox<>(getTranslation("groups.field.member"));
            person.setItems(query -> directory.findPeople(viewer, PeopleFilter.ALL.withText(query.getFilter().orElse("")),
                    query.getOffset(), query.getLimit()).stream());
            person.setItemLabelGenerator(row -> row.fullName()
                    + (row.classLabel() == null ? "" : ", " + row.classLabel()));
            person.setId("group-member-picker");
            Button add = new Button(getTranslation("groups.action.addMember"), VaadinIcon.PLUS.create(), click -> {
                if (person.getValue() != null) {
                    groups.addMember(group.id(), person.getValue().id(), CurrentAccount.actor());
                    groupGrid.getDataProvider().refreshItem(group);
                    showMembers(group);
                }
            });
            add.setId("group-member-add");
            Div form = new Div(person, add);
            form.addClassName("inline-form");
            members.add(form, renameForm(group));
        }
        members.add(grid);
    }

    private Div renameForm(SchoolGroup group) {
        TextField newName = new TextField(getTranslation("groups.field.newName"));
        newName.setValue(group.name());
        newName.setId("group-new-name");
        Button rename = new Button(getTranslation("groups.action.rename"), click -> {
            SchoolGroup renamed = groups.renameGroup(group.id(), newName.getValue(), CurrentAccount.actor());
            refresh();
            groupGrid.select(renamed);
        });
        rename.setId("group-rename");
        Div form = new Div(newName, rename);
        form.addClassName("inline-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.pageTitle");
    }
}
