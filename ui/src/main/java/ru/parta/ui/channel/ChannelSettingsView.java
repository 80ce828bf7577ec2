package ru.parta.ui.channel;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.channel.AudiencePart;
import ru.parta.channel.ChannelInfo;
import ru.parta.channel.ChannelService;
import ru.parta.channel.ChannelSettings;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolGroup;
import ru.parta.school.Teaching;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/**
 * A new channel, or an existing one's settings: name, description, comments on posts, who reads it (students and/or
 * parents of classes, groups, and for administrators and the director the whole school by role)
 * and who else posts. The count of readers follows the choice. The system channels keep their
 * name and audience. What the service refuses is shown as its translated message.
 */
@Prototype
@Route(value = Routes.CHANNEL_SETTINGS + "/:id", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.DIRECTOR, Role.TEACHER})
public class ChannelSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW_CHANNEL = Routes.CHANNEL_SETTINGS + "/new";

    private final ChannelService channels;
    private final ClassService classes;
    private final GroupService groups;
    private final AccountSummary viewer;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final Checkbox schoolStaff = new Checkbox();
    private final Checkbox schoolStudents = new Checkbox();
    private final Checkbox schoolParents = new Checkbox();
    private final MultiSelectComboBox<SchoolClass> studentClasses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<SchoolClass> parentClasses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<SchoolGroup> groupPick = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<AccountSummary> authors = new MultiSelectComboBox<>();
    private final Paragraph reach = new Paragraph();
    private final Checkbox comments = new Checkbox();
    private ChannelInfo editing;

    public ChannelSettingsView(ChannelService channels, ClassService classes, GroupService groups) {
        this.channels = channels;
        this.classes = classes;
        this.groups = groups;
        this.viewer = CurrentAccount.get().orElseThrow();
        addClassName("page");
        addClassName("channel-settings");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        editing = null;
        if (!id.equals("new")) {
            try {
                editing = channels.findChannel(Long.parseLong(id), viewer.id());
            } catch (NumberFormatException | PartaException notThere) {
                event.forwardTo(Routes.CHANNELS);
                UiErrors.show(getTranslation("channel.notFound"));
                return;
            }
        }
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "channels.new" : "channel.settings");
    }

    private void build() {
        removeAll();
        boolean system = editing != null && editing.isSystem();
        boolean everything = viewer.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
        name.setLabel(getTranslation("channel.name"));
        name.setId("channel-name");
        name.setMaxLength(100);
        name.setWidthFull();
        name.setEnabled(!system);
        description.setLabel(getTranslation("channel.description"));
        description.setId("channel-description");
        description.setMaxLength(500);
        description.setWidthFull();
        comments.setLabel(getTranslation("channel.comments"));
        comments.setId("channel-comments");

        List<SchoolClass> offered = everything ? classes.findClasses() : ownClasses();
        setUpClasses(studentClasses, "channel.audience.students", "channel-students", offered);
        setUpClasses(parentClasses, "channel.audience.parents", "channel-parents", offered);
        List<SchoolGroup> offeredGroups = everything ? groups.findGroups()
                : groups.findGroups().stream().filter(g -> groups.findGroupIdsOf(viewer.id()).contains(g.id())).toList();
        groupPick.setLabel(getTranslation("channel.audience.groups"));
        groupPick.setId("channel-groups");
        groupPick.setItems(offeredGroups);
        groupPick.setItemLabelGenerator(SchoolGroup::name);
        groupPick.setWidthFull();
        groupPick.addValueChangeListener(change -> showReach());
        authors.setLabel(getTranslation("channel.authors"));
        authors.setHelperText(getTranslation("channel.authors.hint"));
        authors.setId("channel-authors");
        authors.setItems(channels.findPossibleAuthors(viewer.id()).stream().filter(a -> a.id() != viewer.id()).toList());
        authors.setItemLabelGenerator(AccountSummary::fullName);
        authors.setWidthFull();

        Div audience = new Div();
        audience.addClassName("channel-audience");
        if (system) {
            audience.add(new Paragraph(getTranslation("channel.system.fixed")));
        } else {
            if (everything) {
                Div whole = new Div(box(schoolStaff, "channel.school.staff", "channel-school-staff"),
                        box(schoolStudents, "channel.school.students", "channel-school-students"),
                        box(schoolParents, "channel.school.parents", "channel-school-parents"));
                whole.addClassName("channel-whole-school");
                audience.add(new Paragraph(getTranslation("channel.school")), whole);
            }
            audience.add(studentClasses, parentClasses, groupPick);
            reach.setId("channel-reach");
            reach.addClassName("channel-reach");
            audience.add(reach);
        }

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("channel-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> UI.getCurrent().navigate(Routes.CHANNELS));
        Div buttons = new Div(cancel, save);
        buttons.addClassName("form-buttons");
        add(new H2(getTranslation(editing == null ? "channels.new" : "channel.settings")), name, description, comments,
                new H3(getTranslation("channel.audience")), audience, new H3(getTranslation("channel.authors.title")),
                authors, buttons);
        if (editing != null) {
            fill(editing, offered, offeredGroups);
        }
        showReach();
    }

    private void fill(ChannelInfo channel, List<SchoolClass> offered, List<SchoolGroup> offeredGroups) {
        name.setValue(channel.isSystem() ? getTranslation("channel.system." + channel.systemKey()) : channel.name());
        description.setValue(channel.description());
        comments.setValue(channel.commentsEnabled());
        Map<Long, SchoolClass> classById = offered.stream().collect(Collectors.toMap(SchoolClass::id, Function.identity()));
        Map<Long, SchoolGroup> groupById = offeredGroups.stream()
                .collect(Collectors.toMap(SchoolGroup::id, Function.identity()));
        Set<SchoolClass> students = new LinkedHashSet<>();
        Set<SchoolClass> parents = new LinkedHashSet<>();
        Set<SchoolGroup> pickedGroups = new LinkedHashSet<>();
        for (AudiencePart part : channel.audience()) {
            if (part.isWholeSchool()) {
                schoolStaff.setValue(part.staff());
                schoolStudents.setValue(part.students());
                schoolParents.setValue(part.parents());
            } else if (part.classId() != null && classById.containsKey(part.classId())) {
                if (part.students()) {
                    students.add(classById.get(part.classId()));
                }
                if (part.parents()) {
                    parents.add(classById.get(part.classId()));
                }
            } else if (part.groupId() != null && groupById.containsKey(part.groupId())) {
                pickedGroups.add(groupById.get(part.groupId()));
            }
        }
        studentClasses.setValue(students);
        parentClasses.setValue(parents);
        groupPick.setValue(pickedGroups);
        authors.setValue(authors.getListDataView().getItems().filter(a -> channel.authorIds().contains(a.id()))
                .collect(Collectors.toSet()));
    }

    private void save() {
        ChannelSettings settings = new ChannelSettings(name.getValue(), description.getValue(), comments.getValue(),
                audience(),
                authors.getValue().stream().map(AccountSummary::id).collect(Collectors.toSet()));
        try {
            ChannelInfo saved = editing == null ? channels.createChannel(settings, CurrentAccount.actor())
                    : channels.changeChannel(editing.id(), settings, CurrentAccount.actor());
            UI.getCurrent().navigate(Routes.chat(saved.conversationId()));
        } catch (PartaException refused) {
            UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** The parts the form stands for; a class picked for students and for parents is one part. */
    private List<AudiencePart> audience() {
        List<AudiencePart> parts = new ArrayList<>();
        if (schoolStaff.getValue() || schoolStudents.getValue() || schoolParents.getValue()) {
            parts.add(AudiencePart.wholeSchool(schoolStudents.getValue(), schoolParents.getValue(),
                    schoolStaff.getValue()));
        }
        Set<Long> studentIds = studentClasses.getValue().stream().map(SchoolClass::id).collect(Collectors.toSet());
        Set<Long> parentIds = parentClasses.getValue().stream().map(SchoolClass::id).collect(Collectors.toSet());
        Set<Long> both = new LinkedHashSet<>(studentIds);
        both.addAll(parentIds);
        both.forEach(id -> parts.add(AudiencePart.ofClass(id, studentIds.contains(id), parentIds.contains(id))));
        groupPick.getValue().forEach(group -> parts.add(AudiencePart.ofGroup(group.id())));
        return parts;
    }

    private void showReach() {
        if (editing != null && editing.isSystem()) {
            return;
        }
        reach.setText(getTranslation("channel.reach", channels.countAudience(audience(), viewer.id())));
    }

    private Checkbox box(Checkbox box, String key, String id) {
        box.setLabel(getTranslation(key));
        box.setId(id);
        box.addValueChangeListener(change -> showReach());
        return box;
    }

    private void setUpClasses(MultiSelectComboBox<SchoolClass> pick, String key, String id, List<SchoolClass> offered) {
        pick.setLabel(getTranslation(key));
        pick.setId(id);
        pick.setItems(offered);
        pick.setItemLabelGenerator(SchoolClass::label);
        pick.setWidthFull();
        pick.addValueChangeListener(change -> showReach());
    }

    /** The classes a teacher teaches or leads. */
    private List<SchoolClass> ownClasses() {
        Set<Long> own = new LinkedHashSet<>();
        classes.findClassesLedBy(viewer.id()).forEach(c -> own.add(c.id()));
        classes.findTeachingBy(viewer.id()).stream().map(Teaching::classId).forEach(own::add);
        return classes.findClasses().stream().filter(c -> own.contains(c.id())).toList();
    }
}
