package ru.parta.ui.invitation;

import com.vaadin.flow.component.Component;
import io.micronaut.core.annotation.Nullable;

/** A link's or request's target as people read it: "5А", a group's name, or the staff room. */
public final class Targets {

    private Targets() {
    }

    public static String label(Component component, @Nullable String classLabel, @Nullable String groupName,
                        boolean staffRoom) {
        if (classLabel != null) {
            return component.getTranslation("invitation.target.class", classLabel);
        }
        return staffRoom ? component.getTranslation("school.staffRoom") : groupName == null ? "" : groupName;
    }
}
