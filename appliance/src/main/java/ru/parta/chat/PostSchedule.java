package ru.parta.chat;

import java.time.Duration;
import java.time.Instant;
import ru.parta.base.PartaException;

/**
 * When a scheduled post goes out: at the chosen time, or, if that falls in quiet hours, when they
 * end (an urgent post keeps its time). The time must be ahead of now and within a year.
 */
final class PostSchedule {

    static final Duration FURTHEST = Duration.ofDays(366);

    Instant deliveryOf(Instant chosen, boolean urgent, Instant now, QuietHours quiet) {
        if (!chosen.isAfter(now)) {
            throw PartaException.invalid("chat.schedule.past");
        }
        if (chosen.isAfter(now.plus(FURTHEST))) {
            throw PartaException.invalid("chat.schedule.tooFar");
        }
        return !urgent && quiet.isQuiet(chosen) ? quiet.endAfter(chosen) : chosen;
    }
}
