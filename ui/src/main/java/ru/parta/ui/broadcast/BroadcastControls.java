package ru.parta.ui.broadcast;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import ru.parta.access.Actor;
import ru.parta.broadcast.BroadcastInfo;
import ru.parta.broadcast.BroadcastKind;
import ru.parta.broadcast.BroadcastService;
import ru.parta.broadcast.DisplayInfo;
import ru.parta.ui.access.CurrentAccount;

/**
 * One running broadcast and its controls: back and forward through its pages, pause and play a
 * video, darken the screens, stop; under it, each of its displays with what it confirmed it shows.
 * Big buttons: a teacher uses it on a phone in front of the class. The card is built once and
 * updated in place ({@link #show}), so a confirmation arriving from a display never swaps a button
 * out from under a finger about to press it.
 */
class BroadcastControls extends Div {

    private final long id;
    private final Span title = new Span();
    private final Image preview = new Image();
    private final Button back;
    private final Button forward;
    private final Button pause;
    private final Button blank;
    private final Div screens = new Div();
    private final Map<Long, ScreenLine> lines = new java.util.LinkedHashMap<>();
    private BroadcastInfo broadcast;

    BroadcastControls(BroadcastInfo broadcast, BroadcastService broadcasts) {
        this.id = broadcast.id();
        this.broadcast = broadcast;
        addClassName("broadcast-card");
        setId("broadcast-" + id);
        title.addClassName("broadcast-title");
        Span who = new Span(getTranslation("broadcasting.startedBy", broadcast.startedByName()));
        who.addClassName("broadcast-meta");
        add(title, who);
        preview.setAlt(getTranslation("broadcasting.preview"));
        preview.addClassName("broadcast-preview");
        preview.setVisible(broadcast.kind() == BroadcastKind.SLIDES && broadcast.mayControl());
        add(preview);
        back = button(VaadinIcon.ARROW_LEFT, "broadcasting.back", "broadcast-back-" + id,
                () -> broadcasts.showPage(id, this.broadcast.page() - 1, actor()));
        forward = button(VaadinIcon.ARROW_RIGHT, "broadcasting.forward", "broadcast-forward-" + id,
                () -> broadcasts.showPage(id, this.broadcast.page() + 1, actor()));
        forward.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pause = button(VaadinIcon.PAUSE, "broadcasting.pause", "broadcast-pause-" + id,
                () -> broadcasts.pauseBroadcast(id, !this.broadcast.paused(), actor()));
        blank = button(VaadinIcon.EYE_SLASH, "broadcasting.blank", "broadcast-blank-" + id,
                () -> broadcasts.blankBroadcast(id, !this.broadcast.blank(), actor()));
        Button stop = button(VaadinIcon.STOP, "broadcasting.stop", "broadcast-stop-" + id,
                () -> broadcasts.stopBroadcast(id, actor()));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        back.setVisible(broadcast.kind().hasPages());
        forward.setVisible(broadcast.kind().hasPages());
        pause.setVisible(broadcast.kind() == BroadcastKind.VIDEO);
        Div controls = new Div(back, forward, pause, blank, stop);
        controls.addClassName("broadcast-controls");
        controls.setVisible(broadcast.mayControl());
        screens.addClassName("broadcast-screens");
        add(controls, screens);
    }

    long broadcastId() {
        return id;
    }

    /** The broadcast's state now and its displays' confirmations, changed in place. */
    void show(BroadcastInfo now, List<DisplayInfo> displays, Map<Long, BroadcastInfo> running) {
        broadcast = now;
        title.setText(getTranslation(now.kind().messageKey()) + " · " + ShownText.describe(this, now));
        if (preview.isVisible()) {
            preview.setSrc("/display/slide/" + id + "/" + now.page());
        }
        back.setEnabled(now.page() > 1);
        forward.setEnabled(now.page() < now.pages());
        pause.setText(getTranslation(now.paused() ? "broadcasting.play" : "broadcasting.pause"));
        pause.setIcon((now.paused() ? VaadinIcon.PLAY : VaadinIcon.PAUSE).create());
        blank.setText(getTranslation(now.blank() ? "broadcasting.unblank" : "broadcasting.blank"));
        blank.setIcon((now.blank() ? VaadinIcon.EYE : VaadinIcon.EYE_SLASH).create());
        // Lines change their words in place: a refresh after sixty confirmations sends sixty texts, not sixty new rows.
        java.util.Set<Long> showing = new java.util.HashSet<>();
        for (DisplayInfo display : displays) {
            if (now.displayIds().contains(display.id())) {
                showing.add(display.id());
                ScreenLine line = lines.computeIfAbsent(display.id(), id -> {
                    ScreenLine made = new ScreenLine(id);
                    screens.add(made.row);
                    return made;
                });
                line.name.setText(display.name());
                line.shown.setText(ShownText.shown(this, display, running));
                line.row.getElement().setAttribute("data-current", String.valueOf(display.shown().current()));
            }
        }
        lines.entrySet().removeIf(entry -> {
            if (!showing.contains(entry.getKey())) {
                screens.remove(entry.getValue().row);
                return true;
            }
            return false;
        });
    }

    /** One display's line under the broadcast: its name and what it confirmed it shows. */
    private static final class ScreenLine {
        final Span name = new Span();
        final Span shown = new Span();
        final Div row = new Div(name, shown);

        ScreenLine(long displayId) {
            row.addClassName("broadcast-screen");
            row.setId("broadcast-screen-" + displayId);
        }
    }

    private Button button(VaadinIcon icon, String key, String buttonId, Runnable act) {
        Button button = new Button(getTranslation(key), icon.create(), click -> act.run());
        button.setId(buttonId);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return button;
    }

    private static Actor actor() {
        return CurrentAccount.actor();
    }
}
