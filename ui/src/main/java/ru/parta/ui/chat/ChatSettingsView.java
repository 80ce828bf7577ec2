package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.chat.ChatPolicy;
import ru.parta.chat.ChatPolicyService;
import ru.parta.ui.Routes;
import ru.parta.ui.access.AllowedRoles;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;
import ru.parta.ui.home.MainLayout;

/** The administrator's chat rules: who may start private chats, which roles may send urgent messages. */
@Prototype
@Route(value = Routes.CHAT_SETTINGS, layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public class ChatSettingsView extends VerticalLayout implements HasDynamicTitle {

    public ChatSettingsView(ChatPolicyService policies) {
        addClassName("page");
        ChatPolicy policy = policies.findPolicy();
        Checkbox studentsToTeachers = box("chatSettings.studentsToTeachers", policy.studentsToTeachers());
        Checkbox studentsToClassmates = box("chatSettings.studentsToClassmates", policy.studentsToClassmates());
        Checkbox parentsToTeachers = box("chatSettings.parentsToTeachers", policy.parentsToTeachers());
        Checkbox parentsToParents = box("chatSettings.parentsToParents", policy.parentsToParents());
        CheckboxGroup<Role> urgent = new CheckboxGroup<>(getTranslation("chatSettings.urgentRoles"));
        urgent.setItems(List.of(Role.ADMIN, Role.DIRECTOR, Role.TEACHER));
        urgent.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        urgent.setValue(policy.urgentRoleSet());
        urgent.setId("urgent-roles");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                policies.updatePolicy(ChatPolicy.of(studentsToTeachers.getValue(), studentsToClassmates.getValue(),
                        parentsToTeachers.getValue(), parentsToParents.getValue(), urgent.getValue()),
                        CurrentAccount.actor());
                Notification.show(getTranslation("chatSettings.saved"), 3000, Notification.Position.TOP_CENTER);
            } catch (PartaException refused) {
                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("chat-settings-save");
        add(new H2(getTranslation("chatSettings.title")), new H3(getTranslation("chatSettings.direct")),
                new Paragraph(getTranslation("chatSettings.direct.hint")), studentsToTeachers, studentsToClassmates,
                parentsToTeachers, parentsToParents, new H3(getTranslation("chatSettings.urgent")),
                new Paragraph(getTranslation("chatSettings.urgent.hint")), urgent, save);
    }

    private Checkbox box(String key, boolean value) {
        Checkbox box = new Checkbox(getTranslation(key), value);
        box.setId(key.substring(key.indexOf('.') + 1));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chatSettings.title");
    }
}
