package ru.parta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The "nothing lost" drills ({@code ./parta.sh drill}; docs/operations.md, "Drills"): a few
 * minutes of starting, killing and restoring the real jar, so only on request. Settings:
 * {@code -Dparta.drill.kills} (20), {@code -Dparta.drill.kill-rate} (20 messages/s),
 * {@code -Dparta.drill.backup-rate} (50 messages/s), {@code -Dparta.drill.files} (120 files of 64-576 KB
 * uploaded by SFTP), {@code -Dparta.drill.history} (300,000 messages already in the chats).
 */
@EnabledIfSystemProperty(named = "parta.drill", matches = "true")
class DurabilityDrillIT {

    @Test
    void nothingAcknowledgedIsEverLost() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("parta.bench.dir"))).resolve("drill-" + System.nanoTime());
        Map<String, Object> figures = new DurabilityDrill(new DurabilityDrill.Settings(Path.of(System.getProperty("parta.jar")),
                dir, Integer.getInteger("parta.drill.kills", 20), Integer.getInteger("parta.drill.kill-rate", 20),
                Integer.getInteger("parta.drill.backup-rate", 50), Integer.getInteger("parta.drill.files", 120),
                Integer.getInteger("parta.drill.history", 300_000))).run();
        System.out.println();
        figures.forEach((name, value) -> System.out.println("| " + name + " | " + value + " |"));

        assertEquals(0, figures.get("kill -9: acknowledged but missing after restart"));
        assertEquals(0L, figures.get("kill -9: log lines at ERROR (database repair, failed starts)"));
        assertEquals("none", figures.get("restored backup: tables whose rows differ from its manifest"));
        assertEquals(0, figures.get("restored backup: file hashes missing or different"));
        String writes = (String) figures.get("backup under " + Integer.getInteger("parta.drill.backup-rate", 50)
                + " messages/s: writes acknowledged / failed");
        assertEquals("0", writes.substring(writes.indexOf('/') + 1).trim(), "no write failed during the backup");
        String before = (String) figures.get("restored backup: messages acknowledged before it began / missing");
        assertEquals("0", before.substring(before.indexOf('/') + 1).trim());
    }
}
