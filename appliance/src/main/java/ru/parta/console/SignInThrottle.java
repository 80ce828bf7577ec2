package ru.parta.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed console sign-ins per address: past the limit within the window, the address is refused
 * for a while without its keys even being looked at. In memory: a restart forgets, which only
 * helps whoever restarted the box, the owner.
 */
final class SignInThrottle {

    private final int limit;
    private final Duration window;
    private final Duration lock;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    SignInThrottle(int limit, Duration window, Duration lock, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.lock = lock;
        this.clock = clock;
    }

    boolean isLocked(String address) {
        Instant until = lockedUntil.get(address);
        if (until == null) {
            return false;
        }
        if (until.isAfter(clock.instant())) {
            return true;
        }
        lockedUntil.remove(address, until);
        return false;
    }

    /** Notes a failure; true when it locks the address now. */
    boolean fail(String address) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.removeFirst();
            }
            if (recent.size() >= limit) {
                recent.clear();
                lockedUntil.put(address, now.plus(lock));
                return true;
            }
        }
        if (failures.size() > 10_000) {
            failures.clear();
        }
        return false;
    }

    void succeed(String address) {
        failures.remove(address);
    }
}
