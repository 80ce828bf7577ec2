package ru.parta.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import ru.parta.access.AccountActivated;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.event.EventBus;
import ru.parta.people.PeopleChanged;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonRow;
import ru.parta.people.SlipService;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AnyRole;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.LiveUpdates;
import ru.parta.ui.base.PersonCell;
import ru.parta.ui.base.PublicAddress;
import ru.parta.ui.base.ScreenWidth;
import ru.parta.ui.home.MainLayout;

/**
 * The people a person may see, in a lazily loaded grid (only the visible page is read, so 2,000
 * people scroll as smoothly as 20). Administrators and the director see the whole school and
 * filter it; administrators also add people, import rosters and print the staff's slips.
 */
@Prototype
@Route(value = Routes.PEOPLE, layout = MainLayout.class)
@AnyRole
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleDirectory directory;
    private final AccountSummary viewer;
    private final Grid<PersonRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<SchoolClass> schoolClass = new ComboBox<>();
    private final Select<AccountStatus> status = new Select<>();

    public PeopleView(PeopleDirectory directory, PeopleService people, ClassService classes, SlipService slips,
                      PublicAddress address, EventBus events) {
        this.directory = directory;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        boolean admin = viewer.hasRole(Role.ADMIN);
        boolean everyone = PeopleDirectory.seesEveryone(viewer);

        H2 title = new H2(getTranslation(everyone ? "people.title.all" : "people.title.mine"));
        Div toolbar = new Div();
        toolbar.addClassName("toolbar");
        if (admin) {
            Button add = new Button(getTranslation("people.action.add"), VaadinIcon.PLUS.create(),
                    click -> new AddPersonDialog(people, classes, directory, viewer, this::refresh).open());
            add.setId("people-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importRoster = new Button(getTranslation("people.action.import"), VaadinIcon.UPLOAD.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(Routes.IMPORT)));
            importRoster.setId("people-import");
            String base = address.baseUrl();
            Anchor staffSlips = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pdf = slips.printStaffSlips(base, CurrentAccount.actor());
                return new DownloadResponse(new ByteArrayInputStream(pdf), "parta-staff-slips.pdf",
                        "application/pdf", pdf.length);
            }), getTranslation("people.action.staffSlips"));
            staffSlips.setId("people-staff-slips");
            staffSlips.addClassName("button-link");
            toolbar.add(add, importRoster, staffSlips);
        }

        search.setPlaceholder(getTranslation("people.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("people-search");
        search.addValueChangeListener(e -> refresh());
        role.setPlaceholder(getTranslation("people.filter.role"));
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("people.filter.anyRole"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("people.filter.anyRole")
                : getTranslation(r.messageKey()));
        role.setId("people-role");
        role.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, role);
        filters.addClassName("filters");
        if (everyone) {
            schoolClass.setPlaceholder(getTranslation("people.filter.class"));
            schoolClass.setItems(classes.findClasses());
            schoolClass.setItemLabelGenerator(SchoolClass::label);
            schoolClass.setClearButtonVisible(true);
            schoolClass.setId("people-class");
            schoolClass.addValueChangeListener(e -> refresh());
            status.setPlaceholder(getTranslation("people.filter.status"));
            status.setItems(AccountStatus.values());
            status.setEmptySelectionAllowed(true);
            status.setItemLabelGenerator(s -> s == null ? getTranslation("people.filter.current")
                    : getTranslation(s.messageKey()));
            status.setId("people-status");
            status.addValueChangeListener(e -> refresh());
            filters.add(schoolClass, status);
        }

        grid.addComponentColumn(PersonCell::new).setHeader(getTranslation("people.column.name")).setFlexGrow(3)
                .setResizable(true);
        var rolesColumn = grid.addColumn(row -> PersonCell.roles(this, row))
                .setHeader(getTranslation("people.column.roles")).setFlexGrow(2);
        var placeColumn = grid.addColumn(PersonCell::place).setHeader(getTranslation("people.column.class"))
                .setFlexGrow(2);
        var statusColumn = grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("people.column.status")).setFlexGrow(1);
        ScreenWidth.whenPhone(this, phone -> {
            rolesColumn.setVisible(!phone);
            placeColumn.setVisible(!phone);
            statusColumn.setVisible(!phone);
            grid.getElement().getClassList().set("folded", phone);
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("people-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(Routes.person(click.getItem().id()))));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("people.empty"));
        refresh();
        // Another administrator's import or change shows here without a reload.
        LiveUpdates.follow(this, events, PeopleChanged.class, changed -> grid.getDataProvider().refreshAll());
        LiveUpdates.follow(this, events, AccountActivated.class, activated -> grid.getDataProvider().refreshAll());

        add(title, toolbar, filters, grid);
        setSizeFull();
    }

    private void refresh() {
        PeopleFilter filter = new PeopleFilter(search.getValue(), role.getValue(),
                schoolClass.getValue() == null ? null : schoolClass.getValue().id(), null, status.getValue());
        grid.setItems(query -> directory.findPeople(viewer, filter, query.getOffset(), query.getLimit()).stream(),
                query -> directory.countPeople(viewer, filter));
    }

    private Span statusBadge(PersonRow row) {
        Span badge = new Span(getTranslation(row.status().messageKey()));
        badge.addClassNames("badge", "badge-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.pageTitle");
    }
}
