package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import ru.parta.access.AccountSummary;

/**
 * A part of the home page that a feature contributes (chats now; channels and announcements
 * later), so the home page needs to know none of them.
 */
public interface HomeSection {

    /** Smaller first. */
    int order();

    Component create(AccountSummary viewer);
}
