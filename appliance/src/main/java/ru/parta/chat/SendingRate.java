package ru.parta.chat;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.parta.base.PartaException;

/**
 * A sliding window per person and kind of action (messages, reactions), kept in memory: the
 * limit guards the school's box against floods, so it need not survive a restart, and checking
 * it costs no database statement.
 */
@Singleton
class SendingRate {

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    SendingRate(Clock clock) {
        this.clock = clock;
    }

    /** Counts one action, or refuses it with {@code limitKey} when the window is full. */
    void take(String kind, long accountId, int max, Duration window, String limitKey) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(kind + ":" + accountId, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                throw PartaException.limit(limitKey, max, window.toSeconds());
            }
            times.addLast(now);
        }
    }
}
