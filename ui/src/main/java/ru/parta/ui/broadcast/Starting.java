package ru.parta.ui.broadcast;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.LongConsumer;
import ru.parta.base.PartaException;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.NewBroadcast;
import ru.parta.ui.access.CurrentAccount;

/**
 * Starts a broadcast from a screen; when a display shows someone else's broadcast, asks whether to
 * replace it (naming what and whose) and starts again only on "Replace".
 */
final class Starting {

    private Starting() {
    }

    static void start(BroadcastService broadcasts, NewBroadcast request, LongConsumer started) {
        try {
            started.accept(broadcasts.startBroadcast(request, CurrentAccount.actor()));
        } catch (PartaException busy) {
            if (!"broadcast.displayBusy".equals(busy.messageKey())) {
                throw busy;
            }
            UI ui = UI.getCurrent();
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("broadcast-replace-dialog");
            confirm.setHeader(ui.getTranslation("broadcasting.replace.title"));
            confirm.setText(ui.getTranslation(busy.messageKey(), busy.arguments()));
            confirm.setCancelable(true);
            confirm.setCancelText(ui.getTranslation("action.cancel"));
            confirm.setConfirmText(ui.getTranslation("broadcasting.replace.confirm"));
            confirm.addConfirmListener(e -> started.accept(broadcasts.startBroadcast(request.replacing(),
                    CurrentAccount.actor())));
            confirm.open();
        }
    }
}
