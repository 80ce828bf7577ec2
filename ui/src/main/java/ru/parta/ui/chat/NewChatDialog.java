package ru.parta.ui.chat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.chat.ChatMembersPick;
import ru.parta.chat.ConversationService;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolGroup;
import ru.parta.ui.Routes;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;

/** A teacher's chat for a subject, project, excursion or olympiad: a name and who is in it. */
class NewChatDialog extends Dialog {

    NewChatDialog(ConversationService conversations, ClassService classes, GroupService groups,
                  AccountSummary viewer) {
        setHeaderTitle(getTranslation("chats.new"));
        addClassName("chat-dialog");
        setId("new-chat-dialog");
        boolean everything = viewer.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
        List<SchoolClass> mine = classes.findClasses().stream().filter(SchoolClass::isCurrent)
                .filter(c -> everything || classes.isTeacherOf(c.id(), viewer.id())).toList();
        List<Long> myGroups = groups.findGroupIdsOf(viewer.id());
        List<SchoolGroup> groupChoices = groups.findGroups().stream().filter(g -> !g.isStaffRoom())
                .filter(g -> everything || myGroups.contains(g.id())).toList();

        TextField title = new TextField(getTranslation("chats.new.title"));
        title.setId("new-chat-title");
        title.setPlaceholder(getTranslation("chats.new.title.placeholder"));
        title.setMaxLength(100);
        MultiSelectComboBox<SchoolClass> students = classPicker("chats.new.students", mine);
        students.setId("new-chat-students");
        MultiSelectComboBox<SchoolClass> parents = classPicker("chats.new.parents", mine);
        parents.setId("new-chat-parents");
        MultiSelectComboBox<SchoolGroup> inGroups = new MultiSelectComboBox<>(getTranslation("chats.new.groups"));
        inGroups.setItems(groupChoices);
        inGroups.setItemLabelGenerator(SchoolGroup::name);
        inGroups.setId("new-chat-groups");
        FormLayout form = new FormLayout(title, students, parents, inGroups);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("30rem");
        add(form);

        Button create = new Button(getTranslation("chats.new.create"), click -> {
            try {
                long chat = conversations.createChat(title.getValue(), new ChatMembersPick(ids(students.getValue()),
                        ids(parents.getValue()), inGroups.getValue().stream().map(SchoolGroup::id)
                        .collect(Collectors.toSet())), CurrentAccount.actor()).id();
                close();
                UI.getCurrent().navigate(Routes.chat(chat));
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-chat-create");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    private MultiSelectComboBox<SchoolClass> classPicker(String labelKey, List<SchoolClass> choices) {
        MultiSelectComboBox<SchoolClass> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
        picker.setItems(choices);
        picker.setItemLabelGenerator(SchoolClass::label);
        return picker;
    }

    private static Set<Long> ids(Set<SchoolClass> picked) {
        return picked.stream().map(SchoolClass::id).collect(Collectors.toSet());
    }
}
