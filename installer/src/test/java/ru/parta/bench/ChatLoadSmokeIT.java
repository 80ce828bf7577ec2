package ru.parta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chat benchmark in small (20 clients, a 20,000-message history, seconds of load), so that
 * it keeps working: every part runs, nothing is lost or duplicated, and the figures are sane.
 * The full run is {@code ./parta.sh bench-chat} (docs/performance.md).
 */
class ChatLoadSmokeIT {

    @Test
    void smallSchoolRunsEveryPartAndLosesNothing() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("parta.bench.dir"))).resolve("smoke-" + System.nanoTime());
        ChatLoad.Figures figures = new ChatLoad(new ChatLoad.Settings(new BenchSchool.Size(4, 12, 20, 30, 20_000),
                20, 10, 300, List.of(20), 2, 1, 5, "512m", ProsodyPeer.installed(),
                Path.of(System.getProperty("parta.jar")), dir, 2, 5, new DisplayLoad.Settings(4, 1, 3, 1, 12, dir))).run();
        System.out.println(figures.table());

        assertEquals(20.0, figures.number("online UIs"));
        assertEquals(190.0, figures.number("deliveries expected"), "19 receivers × 10 messages");
        assertEquals(0L, ((Number) figures.get("sends refused or failed")).longValue());
        assertEquals(0.0, figures.number("deliveries lost"));
        assertEquals(0.0, figures.number("deliveries duplicated"));
        assertEquals(0.0, figures.number("deliveries to a UI not in the chat"));
        assertEquals("0 / 0", figures.get("Chromium lost / duplicated"));
        assertTrue(figures.number("delivery to N-member chat p99 (ms)") > 0);
        assertEquals(0L, ((Number) figures.get("school channel: posts refused or failed")).longValue());
        assertEquals(0.0, figures.number("school channel: deliveries lost"), "every reader of the school channel");
        assertEquals(0.0, figures.number("school channel: deliveries duplicated"));
        assertTrue(figures.number("delivery to the school channel (N readers) p99 (ms)") > 0);
        assertTrue(figures.number("retained heap per open chat UI (KB)") > 0);
        assertTrue(figures.number("ready after process start (ms)") > 0);
        assertEquals("0 / 0 / 0", figures.get("posting at 20/s: lost / duplicated / failed sends"));
        assertEquals("0 / 0 / 0", figures.get("with stuck tabs: lost / duplicated / failed sends"));
        assertEquals("0 / 0", figures.get("restart: lost / duplicated"), "every tab resumes after a restart");
        assertTrue(figures.number("restart: messages before and after, deliveries expected") > 0);
        assertEquals(0L, ((Number) figures.get("restart: log lines at WARN/ERROR while stopping with N tabs open"))
                .longValue(), "a stop with screens open ends cleanly");
        assertEquals("4 + 1", figures.get("displays: paired (protocol + Chromium)"));
        assertTrue(figures.number("displays: slide change p99 (ms)") > 0, "every display got every slide");
        assertTrue(figures.number("displays: emergency takeover p99 (ms)") > 0, "every display got the alert");
        if (ProsodyPeer.installed()) {
            assertEquals("0 / 0", figures.get("Prosody: lost / duplicated"));
            assertTrue(figures.number("Prosody: delivery p99 (ms)") > 0);
        }
    }
}
