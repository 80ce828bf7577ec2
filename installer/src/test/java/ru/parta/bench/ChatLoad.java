package ru.parta.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The school-sized chat benchmark: makes the school, starts the real jar, puts N protocol clients
 * (and a few real Chromium tabs) in the 1,000-member chat, and measures; then the same with
 * Prosody. Every figure lands in {@link Figures}; {@link Figures#table()} prints them.
 */
final class ChatLoad {

    /** What to run. */
    record Settings(BenchSchool.Size size, int clients, int messages, long messageIntervalMillis,
                    List<Integer> postingRates, int postingSeconds, int chromiumTabs, int openChatRepeats,
                    String heap, boolean prosody, Path jar, Path dir, int stuckTabs, int stuckMessages,
                    DisplayLoad.Settings displays) {
    }

    /** Staff who take turns posting to the big chat. */
    private static final int POSTERS = 5;

    private final Settings settings;
    private final Figures figures = new Figures();
    // The appliance now running: the restart phase replaces it.
    private ApplianceProcess running;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4,
            Thread.ofPlatform().name("bench-http-", 0).daemon(true).factory())).build();

    ChatLoad(Settings settings) {
        this.settings = settings;
    }

    Figures run() throws Exception {
        Path data = settings.dir().resolve("parta-data");
        BenchSchool school = new BenchSchool(data, settings.size());
        Path made = data.resolve("bench-school.txt");
        long schoolChat;
        if (Files.exists(made)) {
            // A school made by an earlier run of the same size (kept to profile again without waiting).
            schoolChat = Long.parseLong(Files.readString(made).trim());
            log("reusing the school in " + data);
        } else {
            long generating = System.nanoTime();
            try (ApplianceProcess first = ApplianceProcess.start(settings.jar(), data, settings.heap(), List.of())) {
                log("schema made by the appliance in " + first.readyMillis() + " ms");
            }
            school.writeRoster();
            try (ApplianceProcess second = ApplianceProcess.start(settings.jar(), data, settings.heap(), List.of())) {
                log("class and staff-room chats made from the roster; start took " + second.readyMillis() + " ms");
            }
            schoolChat = school.writeChatsAndHistory();
            Files.writeString(made, Long.toString(schoolChat));
            figures.put("school generated (s)", (System.nanoTime() - generating) / 1e9);
        }
        Map<String, Long> classChats = school.studentClassChats();
        long staffRoom = school.staffRoomChat();

        // Start-up again with the JDK's ahead-of-time cache (JEP 483/514), trained by one start and stop.
        Path aot = settings.dir().resolve("parta.aot");
        try (ApplianceProcess training = ApplianceProcess.start(settings.jar(), data, settings.heap(),
                List.of("-XX:AOTCacheOutput=" + aot))) {
            log("AOT cache training start took " + training.readyMillis() + " ms");
        }
        if (Files.exists(aot)) {
            try (ApplianceProcess cached = ApplianceProcess.start(settings.jar(), data, settings.heap(),
                    List.of("-XX:AOTCache=" + aot))) {
                figures.put("ready after process start, with AOT cache (ms)", cached.readyMillis());
            }
        }
        // -Dparta.bench.jvm-options="-XX:StartFlightRecording=..." profiles the measured run (docs/performance.md).
        List<String> options = new ArrayList<>(System.getProperty("parta.bench.jvm-options", "").isBlank() ? List.of()
                : List.of(System.getProperty("parta.bench.jvm-options").trim().split("\\s+")));
        // Every benchmark display asks for its pairing code from 127.0.0.1; in a school each has its own address.
        options.add("-Dparta.broadcast.pairing-codes-per-address=1000");
        long schoolChannel = school.schoolChannel();
        running = ApplianceProcess.start(settings.jar(), data, settings.heap(), options);
        try {
            ApplianceProcess parta = running;
            figures.put("ready after process start (ms)", parta.readyMillis());
            Thread.sleep(3000);
            // After a collection, as every RSS figure here: what the process keeps, not what it had not yet given back.
            long heapIdle = parta.heapUsedAfterGcBytes();
            long idleRss = parta.rssBytes();
            figures.put("idle RSS (MB)", idleRss / 1e6);
            figures.put("runnable jar (MB)", Files.size(settings.jar()) / 1e6);
            measureParta(parta, school, schoolChat, schoolChannel, classChats, staffRoom, heapIdle, idleRss, data,
                    options);
        } finally {
            running.stop();
        }
        if (settings.prosody()) {
            measureProsody();
            if (figures.get("Prosody: delivery p50 (ms)") instanceof Double) {
                ratio("delivery p50", "delivery to N-member chat p50 (ms)", "Prosody: delivery p50 (ms)");
                ratio("delivery p99", "delivery to N-member chat p99 (ms)", "Prosody: delivery p99 (ms)");
                ratio("memory per connected member (RSS growth)", "RSS growth per online UI (KB)",
                        "Prosody: RSS per connected member (KB)");
                ratio("server CPU per delivered message", "server CPU per delivered message (µs)",
                        "Prosody: server CPU per delivered message (µs)");
            }
        }
        return figures;
    }

    private void measureParta(ApplianceProcess parta, BenchSchool school, long schoolChat, long schoolChannel,
                              Map<String, Long> classChats, long staffRoom, long heapIdle, long idleRss,
                              Path data, List<String> options) throws Exception {
        List<String> logins = school.schoolChatLogins(settings.clients());
        int maxMessages = settings.messages() + settings.openChatRepeats() + settings.stuckMessages() + 500
                + settings.postingRates().stream().mapToInt(r -> r * settings.postingSeconds()).sum();
        Ledger ledger = new Ledger(logins.size(), maxMessages);
        Map<VaadinClient, Integer> index = new HashMap<>();
        VaadinClient.Deliveries deliveries = (client, sequence, nanos) ->
                ledger.arrived(index.get(client), (int) client.openChatId(), sequence, nanos);
        List<VaadinClient> clients = new ArrayList<>();
        for (int i = 0; i < logins.size(); i++) {
            VaadinClient client = new VaadinClient(http, parta.port(), logins.get(i), deliveries);
            index.put(client, i);
            clients.add(client);
        }
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon(true).factory());
        try {
            // Each tab's live.js pings every 25 s from when it opens, at its own moment.
            for (int i = 0; i < clients.size(); i++) {
                VaadinClient client = clients.get(i);
                heartbeats.scheduleAtFixedRate(() -> client.live().ping(), 25_000L * i / clients.size(), 25_000,
                        TimeUnit.MILLISECONDS);
            }
            long signingIn = System.nanoTime();
            // Heap is measured at half and at all: the difference is what one more open chat costs,
            // free of caches that fill once (H2's pages, Vaadin's per-class metadata).
            int half = clients.size() / 2;
            ClientTask enter = client -> {
                client.signIn(client.name(), BenchSchool.PASSWORD);
                client.openChat(schoolChat);
            };
            forEach(clients.subList(0, half), 4, enter);
            long heapHalf = parta.heapUsedAfterGcBytes();
            String histogramHalf = parta.histogram(Integer.MAX_VALUE);
            forEach(clients.subList(half, clients.size()), 4, enter);
            Files.writeString(settings.dir().resolve("parta-histogram-per-ui.txt"), Histograms.perUnit(histogramHalf,
                    parta.histogram(Integer.MAX_VALUE), clients.size() - half, 200), StandardCharsets.UTF_8);
            log(clients.size() + " clients signed in and in the school-wide chat in "
                    + (System.nanoTime() - signingIn) / 1_000_000 + " ms");
            // Each tab's Vaadin heartbeat comes once a minute from when it opened, at its own moment (not all at once).
            for (int i = 0; i < clients.size(); i++) {
                VaadinClient client = clients.get(i);
                heartbeats.scheduleAtFixedRate(() -> {
                    try {
                        client.heartbeat();
                    } catch (Exception ignored) {
                        // A missed heartbeat is retried a minute later, as the browser does.
                    }
                }, 60_000L + 60_000L * i / clients.size(), 60_000, TimeUnit.MILLISECONDS);
            }

            ChromiumSample browsers = settings.chromiumTabs() > 0 && ChromiumSample.available() ? new ChromiumSample() : null;
            try {
                if (browsers != null) {
                    for (int i = 0; i < settings.chromiumTabs(); i++) {
                        browsers.open(parta.port(), logins.get(logins.size() - 1 - i), BenchSchool.PASSWORD, schoolChat);
                    }
                }
                long heapOnline = parta.heapUsedAfterGcBytes();
                figures.put("online UIs", clients.size());
                figures.put("heap after GC: idle / N/2 / N online (MB)", String.format("%.1f / %.1f / %.1f",
                        heapIdle / 1e6, heapHalf / 1e6, heapOnline / 1e6));
                figures.put("retained heap per open chat UI (KB)", (heapOnline - heapHalf) / 1024.0 / (clients.size() - half));
                figures.put("RSS with N online (MB)", parta.rssBytes() / 1e6);
                figures.put("RSS growth per online UI (KB)", (parta.rssBytes() - idleRss) / 1024.0 / clients.size());
                figures.put("threads with N online", parta.threads());
                Files.writeString(settings.dir().resolve("parta-histogram.txt"), parta.histogram(40),
                        StandardCharsets.UTF_8);

                // -Dparta.bench.profile=true records the delivery phase alone (JFR, profile settings).
                boolean profile = Boolean.getBoolean("parta.bench.profile");
                // What N open tabs cost when nothing happens (heartbeats, housekeeping): part of every figure per delivery.
                if (profile) {
                    parta.jcmd("JFR.start name=idle settings=profile jdk.CPUTimeSample#enabled=true"
                            + " jdk.CPUTimeSample#throttle=2ms");
                }
                long idleCpu = parta.cpuMillis();
                Thread.sleep(10_000);
                figures.put("server CPU with N online and nothing happening (ms per s)",
                        (parta.cpuMillis() - idleCpu) / 10.0);
                if (profile) {
                    parta.jcmd("JFR.stop name=idle filename=" + settings.dir().resolve("idle.jfr"));
                }
                if (profile) {
                    // The CPU-time sampler (JDK 25, Linux) sees native work too: socket writes, the database's I/O.
                    parta.jcmd("JFR.start name=delivery settings=profile jdk.CPUTimeSample#enabled=true"
                            + " jdk.CPUTimeSample#throttle=2ms");
                }
                long cpuBefore = parta.cpuMillis();
                long arrivalsBefore = ledger.arrivals();
                latencyPhase(clients.subList(0, Math.min(POSTERS, clients.size())), clients.size() - 1, ledger,
                        (int) schoolChat);
                figures.put("server CPU per delivered message (µs)", (parta.cpuMillis() - cpuBefore) * 1000.0
                        / Math.max(1, ledger.arrivals() - arrivalsBefore));
                figures.put("threads during delivery", parta.threads());
                if (profile) {
                    Path recording = settings.dir().resolve("delivery.jfr");
                    parta.jcmd("JFR.stop name=delivery filename=" + recording);
                    log("delivery profile: " + recording + " (jfr view hot-methods " + recording + ")");
                }
                stuckPhase(parta, clients, ledger, (int) schoolChat);
                if (browsers != null) {
                    browserLatency(browsers, ledger);
                }
            } finally {
                if (browsers != null) {
                    browsers.close();
                }
            }
            channelPhase(parta, clients, ledger, schoolChannel);
            if (settings.displays() != null && ChromiumSample.available()) {
                // Classroom displays while every client stays online in its chat.
                new DisplayLoad(http, parta.port(), settings.displays(), figures).run();
            }
            openChatPhase(clients.get(1), clients.subList(2, Math.min(2 + POSTERS, clients.size())), schoolChat,
                    staffRoom);
            postingPhase(clients, classChats, ledger);
            restartPhase(clients, classChats, ledger, data, options);
        } finally {
            heartbeats.shutdownNow();
            clients.forEach(VaadinClient::close);
        }
    }

    /**
     * Staff members take turns posting to the big chat at a steady pace (each stays well inside the
     * product's sending limit); every other open UI must get each message once.
     */
    private void latencyPhase(List<VaadinClient> posters, int receivers, Ledger ledger, int chat) throws Exception {
        long arrivedBefore = ledger.arrivals();
        long duplicatesBefore = ledger.duplicates();
        int first = ledger.nextSequence();
        int failed = postPaced(posters, chat, receivers, settings.messages(), settings.messageIntervalMillis(), ledger,
                sequence -> "Объявление для всей школы #B" + sequence + "# — завтра линейка в 8:30.");
        figures.put("sends refused or failed", failed);
        long expected = ledger.expectedDeliveries(first, ledger.nextSequence());
        awaitArrivals(ledger, arrivedBefore + expected);
        long[] latency = ledger.drainLatencies();
        figures.put("delivery to N-member chat p50 (ms)", Ledger.percentileMillis(latency, 50));
        figures.put("delivery to N-member chat p95 (ms)", Ledger.percentileMillis(latency, 95));
        figures.put("delivery to N-member chat p99 (ms)", Ledger.percentileMillis(latency, 99));
        figures.put("delivery to N-member chat max (ms)", Ledger.percentileMillis(latency, 100));
        figures.put("deliveries expected", expected);
        figures.put("deliveries lost", expected - (ledger.arrivals() - arrivedBefore));
        figures.put("deliveries duplicated", ledger.duplicates() - duplicatesBefore);
        figures.put("deliveries to a UI not in the chat", ledger.strays());
        if (expected != ledger.arrivals() - arrivedBefore) {
            log("receivers missing most (client index:missing): " + ledger.worstReceivers(first, ledger.nextSequence(), 8));
        }
    }

    /**
     * Every online person opens the school channel (its audience is the whole school; the system
     * channel follows the roster); the administrator and the director take turns posting
     * announcements to it. A channel post is a chat message, so its figures should match the chat's.
     */
    private void channelPhase(ApplianceProcess parta, List<VaadinClient> clients, Ledger ledger, long channel)
            throws Exception {
        long opening = System.nanoTime();
        forEach(clients, 4, client -> client.openChat(channel));
        log(clients.size() + " clients opened the school channel in " + (System.nanoTime() - opening) / 1_000_000
                + " ms");
        ledger.drainLatencies();
        long arrivedBefore = ledger.arrivals();
        long duplicatesBefore = ledger.duplicates();
        long cpuBefore = parta.cpuMillis();
        int first = ledger.nextSequence();
        // Two authors (staff1 is the administrator, staff2 the director), each within the sending limit.
        List<VaadinClient> authors = clients.subList(0, Math.min(2, clients.size()));
        int count = Math.max(1, settings.messages() / 2);
        int failed = postPaced(authors, (int) channel, clients.size() - 1, count,
                settings.messageIntervalMillis() * POSTERS / authors.size(), ledger,
                sequence -> "Объявление в общем канале #B" + sequence + "# — родительское собрание в четверг.");
        long expected = ledger.expectedDeliveries(first, ledger.nextSequence());
        awaitArrivals(ledger, arrivedBefore + expected);
        long[] latency = ledger.drainLatencies();
        figures.put("school channel: posts refused or failed", failed);
        figures.put("delivery to the school channel (N readers) p50 (ms)", Ledger.percentileMillis(latency, 50));
        figures.put("delivery to the school channel (N readers) p95 (ms)", Ledger.percentileMillis(latency, 95));
        figures.put("delivery to the school channel (N readers) p99 (ms)", Ledger.percentileMillis(latency, 99));
        figures.put("school channel: deliveries lost", expected - (ledger.arrivals() - arrivedBefore));
        figures.put("school channel: deliveries duplicated", ledger.duplicates() - duplicatesBefore);
        figures.put("server CPU per delivered channel post (µs)", (parta.cpuMillis() - cpuBefore) * 1000.0
                / Math.max(1, ledger.arrivals() - arrivedBefore));
    }

    /** Posters take turns sending {@code count} messages to the chat, one every {@code intervalMillis}; returns the refused. */
    private static int postPaced(List<VaadinClient> posters, int chat, int receivers, int count, long intervalMillis,
                                 Ledger ledger, java.util.function.IntFunction<String> text) throws InterruptedException {
        int failed = 0;
        for (int i = 0; i < count; i++) {
            long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(intervalMillis);
            int sequence = ledger.take(chat, receivers);
            ledger.sending(sequence);
            try {
                posters.get(i % posters.size()).send(key(), text.apply(sequence));
            } catch (IOException refused) {
                ledger.refused(sequence);
                failed++;
            }
            long rest = due - System.nanoTime();
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest);
            }
        }
        return failed;
    }

    private void browserLatency(ChromiumSample browsers, Ledger ledger) {
        List<Long> latencies = new ArrayList<>();
        long lost = 0;
        long duplicated = 0;
        int last = ledger.nextSequence();
        for (Map<String, List<Number>> seen : browsers.seen()) {
            for (int sequence = 1; sequence < last; sequence++) {
                List<Number> at = seen.get(Integer.toString(sequence));
                if (at == null) {
                    lost++;
                    continue;
                }
                duplicated += at.get(1).longValue() - 1;
                latencies.add(Math.round(at.get(0).doubleValue() * 1000) * 1000 - ledger.sentEpochMicros(sequence) * 1000);
            }
        }
        long[] sorted = ChromiumSample.sorted(latencies);
        figures.put("Chromium tabs", browsers.size());
        figures.put("delivery to Chromium p50 (ms)", Ledger.percentileMillis(sorted, 50));
        figures.put("delivery to Chromium p99 (ms)", Ledger.percentileMillis(sorted, 99));
        figures.put("Chromium lost / duplicated", lost + " / " + duplicated);
    }

    /**
     * Opening the big chat (its latest 50) from the chat list. A post to the staff room in between
     * changes the message table, so H2 cannot answer from its result cache, without sending a
     * thousand screens an update while the chat opens.
     */
    private void openChatPhase(VaadinClient reader, List<VaadinClient> posters, long chat, long staffRoom)
            throws Exception {
        for (VaadinClient poster : posters) {
            poster.openChat(staffRoom);
        }
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < settings.openChatRepeats(); i++) {
            reader.openChatList();
            posters.get(i % posters.size()).send(key(), "Между замерами " + i);
            took.add(reader.openChat(chat));
        }
        long[] sorted = ChromiumSample.sorted(took);
        figures.put("open chat, latest 50 of " + settings.size().history() + " p50 (ms)", Ledger.percentileMillis(sorted, 50));
        figures.put("open chat, latest 50 of " + settings.size().history() + " p95 (ms)", Ledger.percentileMillis(sorted, 95));
    }

    /**
     * Students post into their class chats at a fixed offered rate (open loop: a slow answer does
     * not slow the offer, and latency counts from the planned moment); classmates with the chat
     * open must get each message once.
     */
    private void postingPhase(List<VaadinClient> clients, Map<String, Long> classChats, Ledger ledger) throws Exception {
        List<VaadinClient> students = clients.stream().filter(c -> classChats.containsKey(c.name())).toList();
        if (students.isEmpty()) {
            return;
        }
        forEach(students, 4, client -> client.openChat(classChats.get(client.name())));
        Map<Long, Integer> online = new HashMap<>();
        students.forEach(c -> online.merge(c.openChatId(), 1, Integer::sum));
        ExecutorService senders = Executors.newFixedThreadPool(64);
        try {
            for (int rate : settings.postingRates()) {
                ledger.drainLatencies();
                long arrivedBefore = ledger.arrivals();
                long duplicatesBefore = ledger.duplicates();
                int first = ledger.nextSequence();
                int total = rate * settings.postingSeconds();
                boolean profile = Boolean.getBoolean("parta.bench.profile");
                if (profile) {
                    running.jcmd("JFR.start name=posting-" + rate + " settings=profile jdk.CPUTimeSample#enabled=true"
                            + " jdk.CPUTimeSample#throttle=2ms");
                }
                List<Future<Long>> acks = new ArrayList<>();
                AtomicLong refusedOrFailed = new AtomicLong();
                long start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    long planned = start + (long) (i * 1e9 / rate);
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    VaadinClient poster = students.get(i % students.size());
                    int sequence = ledger.take((int) poster.openChatId(), online.get(poster.openChatId()) - 1);
                    acks.add(senders.submit(() -> {
                        ledger.sending(sequence);
                        try {
                            poster.send(key(), "Домашнее задание #B" + sequence + "# — кто решил номер 5?");
                        } catch (IOException e) {
                            refusedOrFailed.incrementAndGet();
                        }
                        return System.nanoTime() - planned;
                    }));
                }
                long[] ackNanos = new long[acks.size()];
                for (int i = 0; i < acks.size(); i++) {
                    ackNanos[i] = acks.get(i).get(5, TimeUnit.MINUTES);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (profile) {
                    running.jcmd("JFR.stop name=posting-" + rate + " filename="
                            + settings.dir().resolve("posting-" + rate + ".jfr"));
                }
                java.util.Arrays.sort(ackNanos);
                long expected = ledger.expectedDeliveries(first, ledger.nextSequence());
                awaitArrivals(ledger, arrivedBefore + expected);
                long[] delivery = ledger.drainLatencies();
                String at = "posting at " + rate + "/s: ";
                figures.put(at + "achieved (msg/s)", total / seconds);
                figures.put(at + "send answered p50 / p99 (ms)", String.format("%.1f / %.1f",
                        Ledger.percentileMillis(ackNanos, 50), Ledger.percentileMillis(ackNanos, 99)));
                figures.put(at + "delivery to classmates p50 / p99 (ms)", String.format("%.1f / %.1f",
                        Ledger.percentileMillis(delivery, 50), Ledger.percentileMillis(delivery, 99)));
                figures.put(at + "lost / duplicated / failed sends", (expected - (ledger.arrivals() - arrivedBefore))
                        + " / " + (ledger.duplicates() - duplicatesBefore) + " / " + refusedOrFailed.get());
                if (total / seconds < 0.8 * rate) {
                    // Past what the server sustains, a higher offer only measures a longer queue.
                    log("the ramp stops here: " + rate + "/s offered was not sustained");
                    break;
                }
            }
        } finally {
            senders.shutdownNow();
        }
    }

    /**
     * Tabs that never read follow the big chat while long messages go to it: they must be dropped
     * once their queue is full, the server's memory must not grow with them, and the others must
     * get everything as fast as before.
     */
    private void stuckPhase(ApplianceProcess parta, List<VaadinClient> clients, Ledger ledger, int chat)
            throws Exception {
        if (settings.stuckTabs() == 0) {
            return;
        }
        List<VaadinClient> posters = clients.subList(0, Math.min(POSTERS, clients.size()));
        String ticket = clients.getLast().live().ticket();
        String topic = "conversation:" + chat;
        List<StuckTab> stuck = new ArrayList<>();
        for (int i = 0; i < settings.stuckTabs(); i++) {
            stuck.add(new StuckTab(parta.port(), ticket, topic));
        }
        long heapBefore = parta.heapUsedAfterGcBytes();
        long logBefore = Files.size(parta.log());
        long arrivedBefore = ledger.arrivals();
        long duplicatesBefore = ledger.duplicates();
        ledger.drainLatencies();
        int first = ledger.nextSequence();
        String filler = " Долгое объявление о школьной ярмарке.".repeat(95);
        int failed = postPaced(posters, chat, clients.size() - 1, settings.stuckMessages(), 200, ledger,
                sequence -> "#B" + sequence + "#" + filler);
        long expected = ledger.expectedDeliveries(first, ledger.nextSequence());
        awaitArrivals(ledger, arrivedBefore + expected);
        long[] latency = ledger.drainLatencies();
        long dropped = stuck.stream().filter(StuckTab::droppedByServer).count();
        for (StuckTab tab : stuck) {
            tab.close();
        }
        long droppedAsLogged = Files.readString(parta.log()).substring((int) logBefore).lines()
                .filter(line -> line.contains("fell behind")).count();
        figures.put("stuck tabs (never read): dropped by the server (its log / their sockets)",
                droppedAsLogged + " / " + dropped + " of " + stuck.size());
        figures.put("with stuck tabs: " + settings.stuckMessages() + " long messages, delivery p50 / p99 (ms)",
                String.format("%.1f / %.1f", Ledger.percentileMillis(latency, 50), Ledger.percentileMillis(latency, 99)));
        figures.put("with stuck tabs: lost / duplicated / failed sends", (expected - (ledger.arrivals() - arrivedBefore))
                + " / " + (ledger.duplicates() - duplicatesBefore) + " / " + failed);
        // Heap after GC, not RSS: the fixed heap is touched as it fills, which RSS counts whatever keeps it.
        figures.put("with stuck tabs: heap after GC, growth (MB)", (parta.heapUsedAfterGcBytes() - heapBefore) / 1e6);
    }

    /**
     * The server restarts (SIGTERM, start again on the same port) while every tab is connected:
     * messages sent just before the stop and right after the start must reach every tab exactly once,
     * as its live connection reconnects and resumes.
     */
    private void restartPhase(List<VaadinClient> clients, Map<String, Long> classChats, Ledger ledger, Path data,
                              List<String> options) throws Exception {
        List<VaadinClient> students = clients.stream().filter(c -> classChats.containsKey(c.name())
                && c.openChatId() == classChats.get(c.name())).toList();
        if (students.isEmpty()) {
            return;
        }
        Map<Long, Integer> online = new HashMap<>();
        students.forEach(c -> online.merge(c.openChatId(), 1, Integer::sum));
        List<VaadinClient> posters = new ArrayList<>();
        Map<Long, Boolean> chosen = new HashMap<>();
        for (VaadinClient student : students) {
            if (online.get(student.openChatId()) > 1 && chosen.putIfAbsent(student.openChatId(), true) == null) {
                posters.add(student);
            }
        }
        long arrivedBefore = ledger.arrivals();
        long duplicatesBefore = ledger.duplicates();
        int first = ledger.nextSequence();
        for (VaadinClient poster : posters) {
            int sequence = ledger.take((int) poster.openChatId(), online.get(poster.openChatId()) - 1);
            ledger.sending(sequence);
            poster.send(key(), "Перед перезапуском #B" + sequence + "#");
        }
        int port = running.port();
        long logBefore = Files.size(running.log());
        long stopping = System.nanoTime();
        running.stop();
        String stopLog = Files.readString(running.log()).substring((int) logBefore);
        long warnings = stopLog.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")
                || l.contains("Exception")).count();
        figures.put("restart: log lines at WARN/ERROR while stopping with N tabs open", warnings);
        if (warnings > 0) {
            log("while stopping: " + stopLog.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")
                    || l.contains("Exception")).limit(5).toList());
        }
        running = ApplianceProcess.start(settings.jar(), data, settings.heap(), options, port);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (students.stream().anyMatch(c -> !c.live().isConnected()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        figures.put("restart: tabs reconnected", students.stream().filter(c -> c.live().isConnected()).count()
                + " of " + students.size());
        figures.put("restart: from stop to every tab reconnected (s)", (System.nanoTime() - stopping) / 1e9);
        // The screens' Vaadin halves did not survive the restart (a browser reloads them); the posters sign in again.
        for (VaadinClient poster : posters) {
            long chat = poster.openChatId();
            poster.signIn(poster.name(), BenchSchool.PASSWORD);
            poster.openChat(chat);
            int sequence = ledger.take((int) chat, online.get(chat) - 1);
            ledger.sending(sequence);
            poster.send(key(), "После перезапуска #B" + sequence + "#");
        }
        long expected = ledger.expectedDeliveries(first, ledger.nextSequence());
        awaitArrivals(ledger, arrivedBefore + expected);
        figures.put("restart: messages before and after, deliveries expected", expected);
        figures.put("restart: lost / duplicated", (expected - (ledger.arrivals() - arrivedBefore)) + " / "
                + (ledger.duplicates() - duplicatesBefore));
    }

    private void measureProsody() throws Exception {
        if (!ProsodyPeer.installed()) {
            figures.put("Prosody", "not installed (apt-get install prosody)");
            return;
        }
        int members = settings.clients();
        Ledger ledger = new Ledger(members, settings.messages() + 2);
        try (ProsodyPeer prosody = ProsodyPeer.start(settings.dir().resolve("prosody"))) {
            long idle = prosody.rssBytes();
            long joining = System.nanoTime();
            prosody.join(members, (member, sequence, nanos) -> {
                if (member != 0) {
                    ledger.arrived(member, 1, sequence, nanos);
                }
            });
            log(members + " XMPP clients in the room in " + (System.nanoTime() - joining) / 1_000_000 + " ms");
            Thread.sleep(2000);
            figures.put("Prosody: RSS idle / with N in the room (MB)", String.format("%.1f / %.1f", idle / 1e6,
                    prosody.rssBytes() / 1e6));
            figures.put("Prosody: RSS per connected member (KB)", (prosody.rssBytes() - idle) / 1024.0 / members);
            int first = ledger.nextSequence();
            long cpuBefore = prosody.cpuMillis();
            for (int i = 0; i < settings.messages(); i++) {
                long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settings.messageIntervalMillis());
                int sequence = ledger.take(1, members - 1);
                ledger.sending(sequence);
                prosody.send("Объявление для всей школы #B" + sequence + "# — завтра линейка в 8:30.");
                long rest = due - System.nanoTime();
                if (rest > 0) {
                    TimeUnit.NANOSECONDS.sleep(rest);
                }
            }
            long expected = ledger.expectedDeliveries(first, ledger.nextSequence());
            awaitArrivals(ledger, expected);
            figures.put("Prosody: server CPU per delivered message (µs)", (prosody.cpuMillis() - cpuBefore) * 1000.0
                    / Math.max(1, ledger.arrivals()));
            long[] latency = ledger.drainLatencies();
            figures.put("Prosody: delivery p50 (ms)", Ledger.percentileMillis(latency, 50));
            figures.put("Prosody: delivery p95 (ms)", Ledger.percentileMillis(latency, 95));
            figures.put("Prosody: delivery p99 (ms)", Ledger.percentileMillis(latency, 99));
            figures.put("Prosody: lost / duplicated", (expected - ledger.arrivals()) + " / " + ledger.duplicates());
        }
    }

    private void ratio(String what, String parta, String prosody) {
        figures.put("ratio Parta / Prosody: " + what, String.format("%.1f×", figures.number(parta) / figures.number(prosody)));
    }

    private static void awaitArrivals(Ledger ledger, long target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ledger.arrivals() < target && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(1000); // late duplicates would come now
    }

    private interface ClientTask {
        void run(VaadinClient client) throws Exception;
    }

    private static void forEach(List<VaadinClient> clients, int parallel, ClientTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (VaadinClient client : clients) {
                done.add(pool.submit(() -> {
                    task.run(client);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }

    /** The figures in the order they were measured, printed with the machine they came from. */
    static final class Figures {
        private final Map<String, Object> values = new LinkedHashMap<>();

        void put(String name, Object value) {
            values.put(name, value);
            log(name + ": " + format(value));
        }

        Object get(String name) {
            return values.get(name);
        }

        double number(String name) {
            return ((Number) values.get(name)).doubleValue();
        }

        Map<String, Object> all() {
            return values;
        }

        private static String format(Object value) {
            return value instanceof Double d ? String.format("%.1f", d) : String.valueOf(value);
        }

        String table() throws IOException {
            StringBuilder out = new StringBuilder();
            out.append("Machine: ").append(Machine.describe()).append("\n\n");
            out.append("| Figure | Value |\n|---|---|\n");
            values.forEach((name, value) -> out.append("| ").append(name).append(" | ").append(format(value))
                    .append(" |\n"));
            return out.toString();
        }
    }
}
