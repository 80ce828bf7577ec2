package ru.parta.ui.broadcast;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import ru.parta.broadcast.BroadcastInfo;
import ru.parta.broadcast.DisplayInfo;

/** A display's state in words: online or when last seen, and what it confirmed it shows. */
final class ShownText {

    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private ShownText() {
    }

    static String presence(Component where, DisplayInfo display, ZoneId zone) {
        if (display.online()) {
            return where.getTranslation("displays.online");
        }
        return display.lastSeenAt() == null ? where.getTranslation("displays.neverSeen")
                : where.getTranslation("displays.lastSeen", SEEN.format(display.lastSeenAt().atZone(zone)));
    }

    /** What the display said it shows, and whether that is what it has been told to show now. */
    static String shown(Component where, DisplayInfo display, Map<Long, BroadcastInfo> running) {
        DisplayInfo.Shown shown = display.shown();
        if (!display.online() || !shown.confirmed()) {
            return where.getTranslation("displays.shown.unknown");
        }
        String what;
        if (shown.alert()) {
            what = where.getTranslation("displays.shown.alert");
        } else if (shown.broadcastId() == 0) {
            what = where.getTranslation("displays.shown.idle");
        } else {
            BroadcastInfo broadcast = running.get(shown.broadcastId());
            what = broadcast == null ? where.getTranslation("displays.shown.ended") : describe(where, broadcast);
        }
        return what + (shown.current() ? " ✓" : " · " + where.getTranslation("displays.shown.waiting"));
    }

    static String describe(Component where, BroadcastInfo broadcast) {
        String text = "«" + broadcast.title() + "»";
        if (broadcast.kind().hasPages()) {
            text += ", " + where.getTranslation("broadcasting.page", broadcast.page(), broadcast.pages());
        }
        if (broadcast.blank()) {
            text += ", " + where.getTranslation("broadcasting.blanked");
        } else if (broadcast.paused()) {
            text += ", " + where.getTranslation("broadcasting.paused");
        }
        return text;
    }
}
