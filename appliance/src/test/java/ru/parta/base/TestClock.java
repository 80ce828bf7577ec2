package ru.parta.base;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move; it replaces the system clock in every test context. */
@Singleton
@Replaces(bean = Clock.class, factory = ClockFactory.class)
public class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2026-09-01T06:00:00Z");

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Sets the clock to a time of day in the test school's zone (Moscow), e.g. "2026-09-14T10:00:00". */
    public void moveToMoscowTime(String localDateTime) {
        now = java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Moscow")).toInstant();
    }
}
