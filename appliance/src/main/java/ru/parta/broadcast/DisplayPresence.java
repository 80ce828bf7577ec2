package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.event.EventBus;
import ru.parta.live.LiveDevices;

/**
 * Which displays are connected and what each says it shows, in memory: a display confirms every
 * change on its live connection, and writing that to the database each time would cost a write per
 * display per slide. The database gets what must outlast a restart: when a display was last seen,
 * its screen size, and when it first confirmed a broadcast (the usage log).
 */
@Singleton
class DisplayPresence implements LiveDevices {

    static final String COOKIE = "parta-display";
    private static final Logger LOG = LoggerFactory.getLogger(DisplayPresence.class);

    private final DisplayRepository displays;
    private final BroadcastRepository broadcasts;
    private final JsonMapper json;
    private final EventBus events;
    private final Clock clock;
    private final Map<Long, Integer> connections = new ConcurrentHashMap<>();
    private final Map<Long, Report> reports = new ConcurrentHashMap<>();

    DisplayPresence(DisplayRepository displays, BroadcastRepository broadcasts, JsonMapper json, EventBus events,
                    Clock clock) {
        this.displays = displays;
        this.broadcasts = broadcasts;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String cookieName() {
        return COOKIE;
    }

    @Override
    public long findDevice(String credential) {
        if (!ru.parta.base.Tokens.wellFormed(credential)) {
            return 0;
        }
        return displays.findByCredentialHashAndRevokedAtIsNull(DisplayService.hash(credential))
                .map(Display::id).orElse(0L);
    }

    @Override
    public void connected(long deviceId) {
        connections.merge(deviceId, 1, Integer::sum);
        displays.seen(deviceId, clock.instant());
        events.publish(new DisplayChanged(deviceId));
    }

    @Override
    public void disconnected(long deviceId) {
        Integer left = connections.computeIfPresent(deviceId, (id, count) -> count > 1 ? count - 1 : null);
        if (left == null) {
            reports.remove(deviceId);
            displays.seen(deviceId, clock.instant());
            events.publish(new DisplayChanged(deviceId));
        }
    }

    @Override
    public void report(long deviceId, String op, String text) {
        if (!"shown".equals(op)) {
            return;
        }
        Report report;
        try {
            report = json.readValue(text, Report.class);
        } catch (IOException | RuntimeException unreadable) {
            LOG.debug("Display {} sent an unreadable report", deviceId);
            return;
        }
        Report before = reports.put(deviceId, report);
        String screen = report.screen();
        if (screen != null && (before == null || !screen.equals(before.screen()))) {
            displays.measured(deviceId, screen);
        }
        if (report.b() > 0 && (before == null || before.b() != report.b())) {
            broadcasts.confirmUsage(deviceId, report.b(), clock.instant());
        }
        events.publish(new DisplayChanged(deviceId));
    }

    boolean isOnline(long displayId) {
        return connections.containsKey(displayId);
    }

    @Nullable
    Report findReport(long displayId) {
        return reports.get(displayId);
    }

    /** Connected displays are seen now: "last seen" stays within minutes without a write per report. */
    @Scheduled(fixedDelay = "5m", initialDelay = "5m")
    void markSeen() {
        connections.keySet().forEach(id -> displays.seen(id, clock.instant()));
    }

    /**
     * A display's own account of what it shows: broadcast {@code b} (0: the idle screen) at version
     * {@code v}, alert {@code a} (0: none) on a screen of {@code w}×{@code h} pixels.
     */
    @Serdeable
    record Report(long b, long v, long a, int w, int h) {

        @Nullable
        String screen() {
            return w > 0 && h > 0 && w < 100_000 && h < 100_000 ? w + "×" + h : null;
        }
    }
}
