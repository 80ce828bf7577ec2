package ru.parta.ui.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import io.micronaut.context.annotation.Prototype;
import ru.parta.base.PartaException;
import ru.parta.chat.ChatMessage;
import ru.parta.moderation.ModerationService;
import ru.parta.moderation.PremoderationService;
import ru.parta.moderation.ReportService;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;

/**
 * What a chat screen offers for moderation: reporting a message or a comment to anyone, hiding and
 * showing again (or removing one file) and switching pre-moderation to the chat's moderators. The
 * services decide who may; this only opens the dialogs and tells the outcome.
 */
@Prototype
public class ChatModerationTools {

    private final ModerationService moderation;
    private final PremoderationService premoderation;
    private final ReportService reports;

    public ChatModerationTools(ModerationService moderation, PremoderationService premoderation, ReportService reports) {
        this.moderation = moderation;
        this.premoderation = premoderation;
        this.reports = reports;
    }

    public boolean mayModerate(long conversationId, long viewerId) {
        return moderation.mayModerate(conversationId, viewerId);
    }

    public boolean isPremoderated(long conversationId) {
        return premoderation.isPremoderated(conversationId);
    }

    /** Switches pre-moderation and says so; {@code switched} learns the new state. */
    public void togglePremoderation(long conversationId, Component screen, java.util.function.Consumer<Boolean> switched) {
        boolean on = !premoderation.isPremoderated(conversationId);
        act(screen, () -> {
            premoderation.setPremoderation(conversationId, on, CurrentAccount.actor());
            switched.accept(on);
            Notification.show(screen.getTranslation(on ? "moderation.premoderation.turnedOn"
                    : "moderation.premoderation.turnedOff"), 4000, Notification.Position.BOTTOM_CENTER);
        });
    }

    /** A hidden message is shown again; any other opens the dialog to hide it or remove one of its files. */
    public void moderateMessage(ChatMessage message, Component screen) {
        if (message.hidden()) {
            act(screen, () -> moderation.restoreMessage(message.id(), CurrentAccount.actor()));
            return;
        }
        new HideDialog(message.attachments(),
                reason -> moderation.hideMessage(message.id(), reason, CurrentAccount.actor()),
                (fileId, reason) -> moderation.removeAttachment(message.id(), fileId, reason, CurrentAccount.actor()))
                .open();
    }

    /** A hidden comment is shown again; any other opens the dialog to hide it with a reason. */
    public void moderateComment(long commentId, boolean hidden, Component screen, Runnable done) {
        if (hidden) {
            act(screen, () -> {
                moderation.restoreComment(commentId, CurrentAccount.actor());
                done.run();
            });
            return;
        }
        HideDialog dialog = new HideDialog(reason -> moderation.hideComment(commentId, reason, CurrentAccount.actor()));
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                done.run();
            }
        });
        dialog.open();
    }

    public void reportMessage(ChatMessage message) {
        new ReportDialog((reason, comment) -> reports.reportMessage(message.id(), reason, comment,
                CurrentAccount.actor())).open();
    }

    public void reportComment(long commentId) {
        new ReportDialog((reason, comment) -> reports.reportComment(commentId, reason, comment,
                CurrentAccount.actor())).open();
    }

    private static void act(Component screen, Runnable action) {
        try {
            action.run();
        } catch (PartaException refused) {
            UiErrors.show(screen.getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
