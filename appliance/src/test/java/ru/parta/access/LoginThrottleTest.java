package ru.parta.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final Duration LOCK = Duration.ofMinutes(30);

    private static List<LoginFailure> failuresAtMinutes(int... minutes) {
        List<LoginFailure> newestFirst = new ArrayList<>();
        for (int i = minutes.length - 1; i >= 0; i--) {
            newestFirst.add(new LoginFailure(null, "x", "a", T0.plus(Duration.ofMinutes(minutes[i])), FailureKind.SIGN_IN));
        }
        return newestFirst;
    }

    @Test
    void theLockRunsFromTheLastOfFiveFailuresInsideTheWindow() {
        Optional<Instant> until = LoginThrottle.lockedUntil(failuresAtMinutes(0, 5, 10, 20, 30),
                T0.plus(Duration.ofMinutes(31)), 5, WINDOW, LOCK);
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(60))), until);
    }

    @Test
    void fourFailuresOrFiveSpreadTooWideDoNotLock() {
        assertTrue(LoginThrottle.lockedUntil(failuresAtMinutes(0, 1, 2, 3), T0.plus(Duration.ofMinutes(4)), 5,
                WINDOW, LOCK).isEmpty());
        assertTrue(LoginThrottle.lockedUntil(failuresAtMinutes(0, 10, 20, 30, 31), T0.plus(Duration.ofMinutes(32)),
                5, WINDOW, LOCK).isEmpty());
    }

    @Test
    void anExpiredLockIsOver() {
        assertTrue(LoginThrottle.lockedUntil(failuresAtMinutes(0, 1, 2, 3, 4), T0.plus(Duration.ofMinutes(35)), 5,
                WINDOW, LOCK).isEmpty());
    }
}
