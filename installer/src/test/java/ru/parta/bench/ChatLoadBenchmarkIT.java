package ru.parta.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The full benchmark ({@code ./parta.sh bench-chat}): a whole school, up to 1,000 clients, a
 * 1,000,000-message history, Prosody beside it. Minutes long, so only on request. Settings:
 * {@code -Dparta.bench.clients} (1000), {@code -Dparta.bench.heap} (1g),
 * {@code -Dparta.bench.rates} (250,500,1000 messages/s), {@code -Dparta.bench.history} (1000000 messages).
 */
@EnabledIfSystemProperty(named = "parta.benchmark", matches = "true")
class ChatLoadBenchmarkIT {

    @Test
    void wholeSchool() throws Exception {
        int clients = Integer.getInteger("parta.bench.clients", 1000);
        List<Integer> rates = Arrays.stream(System.getProperty("parta.bench.rates", "250,500,1000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        Path dir = Files.createDirectories(Path.of(System.getProperty("parta.bench.dir"))).resolve("full-" + System.nanoTime());
        BenchSchool.Size full = BenchSchool.Size.FULL;
        BenchSchool.Size size = new BenchSchool.Size(full.classes(), full.staff(), full.parents(), full.schoolChatMembers(),
                Integer.getInteger("parta.bench.history", full.history()));
        ChatLoad.Figures figures = new ChatLoad(new ChatLoad.Settings(size, clients, 60, 500, rates,
                10, 3, 20, System.getProperty("parta.bench.heap", "1g"), ProsodyPeer.installed(),
                Path.of(System.getProperty("parta.jar")), dir,
                Integer.getInteger("parta.bench.stuck-tabs", 20), Integer.getInteger("parta.bench.stuck-messages", 250),
                new DisplayLoad.Settings(Integer.getInteger("parta.bench.displays", 57), 3, 100, 20,
                        Integer.getInteger("parta.bench.display-changes", 1440), dir))).run();
        String table = figures.table();
        Files.writeString(dir.resolve("report.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
        System.out.println("Report: " + dir.resolve("report.md") + "; class histogram: " + dir.resolve("parta-histogram.txt"));
    }
}
