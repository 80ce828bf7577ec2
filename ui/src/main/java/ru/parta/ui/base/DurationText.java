package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import java.time.Duration;

/** How long something waited or took, as moderators read it: "меньше минуты", "12 мин", "3 ч 5 мин", "2 дн.". */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Component screen, Duration duration) {
        if (duration.toDays() >= 1) {
            return screen.getTranslation("moderation.waited.days", duration.toDays());
        }
        if (duration.toHours() >= 1) {
            return screen.getTranslation("moderation.waited.hours", duration.toHours(), duration.toMinutesPart());
        }
        if (duration.toMinutes() < 1) {
            return screen.getTranslation("moderation.waited.lessThanMinute");
        }
        return screen.getTranslation("moderation.waited.minutes", duration.toMinutes());
    }
}
