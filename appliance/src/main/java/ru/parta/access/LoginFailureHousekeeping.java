package ru.parta.access;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Keeps the failure table small: an hourly sweep of attempts too old to lock anything. */
@Singleton
class LoginFailureHousekeeping {

    private final LoginThrottle throttle;

    LoginFailureHousekeeping(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(initialDelay = "5m", fixedDelay = "1h")
    void sweep() {
        throttle.forgetOldFailures();
    }
}
