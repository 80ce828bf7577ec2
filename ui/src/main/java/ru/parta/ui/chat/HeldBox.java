package ru.parta.ui.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import ru.parta.access.AccountSummary;
import ru.parta.chat.HeldItem;
import ru.parta.chat.HeldMessages;
import ru.parta.base.PartaException;
import ru.parta.ui.access.CurrentAccount;
import ru.parta.ui.base.UiErrors;

/**
 * The viewer's own messages held by quiet hours or scheduled in this chat, each to edit, move (if
 * scheduled) or withdraw until it goes out.
 */
class HeldBox extends Div {

    private final long conversationId;
    private final HeldMessages heldMessages;
    private final AccountSummary viewer;
    private final ZoneId zone;

    private final java.time.Clock clock;

    HeldBox(long conversationId, HeldMessages heldMessages, AccountSummary viewer, ZoneId zone, java.time.Clock clock) {
        this.clock = clock;
        this.conversationId = conversationId;
        this.heldMessages = heldMessages;
        this.viewer = viewer;
        this.zone = zone;
        addClassName("chat-held");
        setId("chat-held");
    }

    void show() {
        removeAll();
        for (HeldItem held : heldMessages.findHeldMessages(conversationId, viewer.id())) {
            Div text = new Div(held.body());
            text.addClassName("chat-body");
            Span when = new Span(held.awaitingReview() ? getTranslation("moderation.review.waiting")
                    : !held.isScheduled()
                    ? getTranslation("chat.held.until", ChatComposer.clockTime(held.deliverAt(), zone))
                    : held.deliverAt().equals(held.scheduledAt())
                    ? getTranslation("chat.schedule.planned", ChatComposer.clockTime(held.deliverAt(), zone))
                    : getTranslation("chat.schedule.plannedQuiet", ChatComposer.clockTime(held.scheduledAt(), zone),
                    ChatComposer.clockTime(held.deliverAt(), zone)));
            when.addClassName("chat-held-when");
            Button edit = new Button(getTranslation("chat.edit"), click -> new EditDialog(held.body(),
                    changed -> heldMessages.editHeldMessage(held.id(), changed, CurrentAccount.actor())).open());
            Button withdraw = new Button(getTranslation("chat.withdraw"),
                    click -> heldMessages.withdrawHeldMessage(held.id(), CurrentAccount.actor()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div actions = new Div(when, edit);
            if (held.isScheduled()) {
                Button move = new Button(getTranslation("chat.schedule.move"), click -> new ScheduleDialog(zone, clock,
                        held.scheduledAt(), chosen -> {
                            try {
                                heldMessages.rescheduleHeldMessage(held.id(), chosen, CurrentAccount.actor());
                            } catch (PartaException refused) {
                                UiErrors.show(getTranslation(refused.messageKey(), refused.arguments()));
                            }
                        }).open());
                move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(move);
            }
            actions.add(withdraw);
            Div item = new Div(text, actions);
            item.addClassNames("chat-message", "own", "held");
            add(item);
        }
    }
}
