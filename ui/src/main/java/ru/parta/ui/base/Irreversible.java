package ru.parta.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one way a screen asks before something that cannot be undone (erasing a person, ending
 * sessions, revoking links): the red button names the act, cancelling is always offered.
 */
public final class Irreversible {

    private Irreversible() {
    }

    public static void confirm(String header, String text, String confirmText, Runnable act) {
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act.run());
        confirm.open();
    }
}
