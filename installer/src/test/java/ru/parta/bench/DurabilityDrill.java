package ru.parta.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.parta.testing.OpenSsh;

/**
 * The "nothing lost" drills (docs/operations.md, "Drills"), against the real jar:
 * <ol>
 * <li>kill -9 under a steady posting load, many times over: every message whose send was
 * acknowledged is in the database afterwards, and each start opens the database as it is;</li>
 * <li>a backup over SSH while a writer posts 50 messages a second: no write fails, and the backup,
 * restored over SSH, holds exactly the row counts and file hashes it describes, with every message
 * acknowledged before it began.</li>
 * </ol>
 * The disk-full drill runs in the suite (appliance {@code DiskFullTest}, on small tmpfs disks).
 */
final class DurabilityDrill {

    record Settings(Path jar, Path dir, int kills, int killRate, int backupRate, int backupFiles, int history) {
    }

    private static final String ADMIN = BenchSchool.staffLogin(1);
    private static final Pattern BACKUP_NAME = Pattern.compile("(parta-\\d{8}T\\d{6}Z)");
    private static final List<String> OPTIONS = List.of("-Dparta.chat.max-messages-per-window=1000000");

    private final Settings settings;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path data;

    DurabilityDrill(Settings settings) {
        this.settings = settings;
        this.data = settings.dir().resolve("parta-data");
    }

    Map<String, Object> run() throws Exception {
        BenchSchool school = new BenchSchool(data, new BenchSchool.Size(2, 6, 5, 20, settings.history()));
        try (ApplianceProcess first = ApplianceProcess.start(settings.jar(), data, "256m", OPTIONS)) {
            log("schema made in " + first.readyMillis() + " ms");
        }
        school.writeRoster();
        try (ApplianceProcess second = ApplianceProcess.start(settings.jar(), data, "256m", OPTIONS)) {
            log("class chats made in " + second.readyMillis() + " ms");
        }
        long chat = school.writeChatsAndHistory();
        killUnderLoad(chat);
        backupUnderLoad(chat);
        return figures;
    }

    /** Drill 1: start, post steadily, kill -9 at a random moment; then count what survived. */
    private void killUnderLoad(long chat) throws Exception {
        int port = ApplianceProcess.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Long> ready = new ArrayList<>();
        Random random = new Random(19);
        for (int cycle = 1; cycle <= settings.kills(); cycle++) {
            ApplianceProcess parta = ApplianceProcess.start(settings.jar(), data, "256m", OPTIONS, port);
            ready.add(parta.readyMillis());
            Poster poster = new Poster(port, chat, "drill-k" + cycle + "-", settings.killRate(), acknowledged);
            Thread.sleep(1000 + random.nextInt(2000));
            parta.kill();
            poster.stopAndWait();
            log("kill " + cycle + ": " + poster.sent.get() + " acknowledged, ready in " + parta.readyMillis() + " ms");
        }
        ApplianceProcess last = ApplianceProcess.start(settings.jar(), data, "256m", OPTIONS, port);
        ready.add(last.readyMillis());
        last.stop();
        Set<String> stored = clientKeys(chat, "drill-k");
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        Set<String> unacknowledged = new HashSet<>(stored);
        unacknowledged.removeAll(acknowledged);
        List<Long> sorted = ready.stream().sorted().toList();
        figures.put("kill -9 under posting: kills", settings.kills());
        figures.put("kill -9: messages acknowledged", acknowledged.size());
        figures.put("kill -9: acknowledged but missing after restart", lost.size());
        figures.put("kill -9: stored though the kill came before the acknowledgement", unacknowledged.size());
        figures.put("kill -9: ready after start p50 / max (ms)", sorted.get(sorted.size() / 2) + " / " + sorted.getLast());
        figures.put("kill -9: log lines at ERROR (database repair, failed starts)", errorLines());
    }

    /** Drill 2: a backup over SSH while a writer posts, then that backup restored and compared. */
    private void backupUnderLoad(long chat) throws Exception {
        int port = ApplianceProcess.freePort();
        int sshPort = ApplianceProcess.freePort();
        Path keys = Files.createDirectories(settings.dir().resolve("keys"));
        OpenSsh ssh = new OpenSsh(keys, sshPort);
        Path key = ssh.newKey("drill");
        Files.writeString(keys.resolve("authorized_keys"), ssh.publicKey(key) + "\n");
        Map<String, String> console = Map.of("PARTA_CONSOLE_PORT", Integer.toString(sshPort),
                "PARTA_CONSOLE_AUTHORIZED_KEYS", keys.resolve("authorized_keys").toString(),
                "PARTA_BACKUP_SCHEDULED", "false");
        ApplianceProcess parta = ApplianceProcess.start(settings.jar(), data, "256m", OPTIONS, port, console);
        uploadMaterials(ssh, key);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Poster writer = new Poster(port, chat, "drill-b-", settings.backupRate(), acknowledged);
        Thread.sleep(3000);
        Set<String> beforeBackup = Set.copyOf(acknowledged);
        long started = System.nanoTime();
        OpenSsh.Result made = ssh.ssh(key, ADMIN, "backup", "now", "--lang", "en");
        double took = (System.nanoTime() - started) / 1e9;
        Thread.sleep(3000);
        writer.stopAndWait();
        if (made.exitCode() != 0) {
            throw new IllegalStateException("backup now failed: " + made.out() + made.err());
        }
        Matcher name = BACKUP_NAME.matcher(made.out());
        if (!name.find()) {
            throw new IllegalStateException("no backup name in: " + made.out());
        }
        Path backup = data.resolve("backups").resolve(name.group(1));
        figures.put("backup under " + settings.backupRate() + " messages/s: writes acknowledged / failed",
                acknowledged.size() + " / " + writer.failed.get());
        figures.put("backup under load: took (s)", Math.round(took * 10) / 10.0);
        List<Long> trips = writer.roundTrips.stream().sorted().toList();
        figures.put("backup under load: send round trip p50 / p99 / max (ms)", trips.get(trips.size() / 2) + " / "
                + trips.get(trips.size() * 99 / 100) + " / " + trips.getLast());

        OpenSsh.Result restore = ssh.ssh(key, ADMIN, "restore", name.group(1), "--yes", "--lang", "en");
        if (restore.exitCode() != 0) {
            throw new IllegalStateException("restore failed: " + restore.out() + restore.err());
        }
        awaitRestart(port);
        parta.stop();

        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(backup.resolve("manifest.properties"))) {
            manifest.load(in);
        }
        Map<String, Long> restored = rowCounts();
        List<String> differing = new ArrayList<>();
        for (String property : manifest.stringPropertyNames()) {
            if (property.startsWith("rows.")) {
                String table = property.substring(5);
                long expected = Long.parseLong(manifest.getProperty(property));
                long actual = restored.getOrDefault(table, -1L);
                // The start after a restore writes one line to the audit trail: "backup.restored".
                long startWrites = table.equalsIgnoreCase("audit_event") ? 1 : 0;
                if (actual != expected + startWrites) {
                    differing.add(table + " " + expected + "→" + actual);
                }
            }
        }
        figures.put("restored backup: tables whose rows differ from its manifest", differing.isEmpty() ? "none" : differing);
        figures.put("restored backup: file hashes missing or different", fileHashMismatches(backup));
        Set<String> stored = clientKeys(chat, "drill-b-");
        Set<String> missing = new HashSet<>(beforeBackup);
        missing.removeAll(stored);
        figures.put("restored backup: messages acknowledged before it began / missing", beforeBackup.size() + " / " + missing.size());
        figures.put("restored backup: messages it holds (some written during the backup)", stored.size());
    }

    private void uploadMaterials(OpenSsh ssh, Path key) throws IOException, InterruptedException {
        Path files = Files.createDirectories(settings.dir().resolve("upload"));
        StringBuilder batch = new StringBuilder("mkdir materials/1А/Физика\nmkdir materials/1А/Физика/Опыты\n"
                + "cd materials/1А/Физика/Опыты\n");
        Random random = new Random(7);
        for (int i = 1; i <= settings.backupFiles(); i++) {
            byte[] content = new byte[64 * 1024 + random.nextInt(512 * 1024)];
            random.nextBytes(content);
            Path file = files.resolve("опыт-" + i + ".bin");
            Files.write(file, content);
            batch.append("put ").append(file).append('\n');
        }
        OpenSsh.Result put = ssh.sftp(key, ADMIN, batch.toString());
        if (put.exitCode() != 0) {
            throw new IllegalStateException("SFTP upload failed: " + put.out() + put.err());
        }
    }

    private void awaitRestart(int port) throws InterruptedException {
        boolean wentAway = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 && wentAway) {
                    return;
                }
                wentAway |= status != 200;
            } catch (IOException down) {
                wentAway = true;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Parta did not come back after the restore");
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("parta") + ";WRITE_DELAY=0", "parta", "");
    }

    private Set<String> clientKeys(long chat, String prefix) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT client_key FROM message WHERE conversation_id = " + chat
                     + " AND client_key LIKE '" + prefix + "%'")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = database(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    count.next();
                    counts.put(table.toLowerCase(java.util.Locale.ROOT), count.getLong(1));
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Every file the backup lists, hashed again where the restored store keeps it. */
    private int fileHashMismatches(Path backup) throws Exception {
        int bad = 0;
        for (String line : Files.readAllLines(backup.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (!parts[1].startsWith("files/")) {
                continue;
            }
            Path restored = data.resolve(parts[1]);
            if (!Files.exists(restored) || !parts[0].equals(sha256(restored))) {
                bad++;
            }
        }
        return bad;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private long errorLines() throws IOException {
        try (Stream<String> lines = Files.lines(data.resolve("appliance.log"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(" ERROR ")).count();
        }
    }

    private static void log(String line) {
        System.out.println("[drill] " + line);
    }

    /**
     * Staff members' tabs posting together at a steady total rate on their live connections, as the
     * chat screen does (client keys of 8 to 40 of [A-Za-z0-9_-]). At most 10 messages a second per
     * tab: one tab's live connection allows 20 requests a second (parta.live.requests-per-second).
     */
    private final class Poster {

        private static final int PER_TAB = 10;

        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        /** Round trips of acknowledged sends, in milliseconds. */
        final List<Long> roundTrips = java.util.Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean going = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Poster(int port, long chat, String prefix, int perSecond, Set<String> acknowledged)
                throws IOException, InterruptedException {
            int tabs = (perSecond + PER_TAB - 1) / PER_TAB;
            List<VaadinClient> clients = new ArrayList<>();
            for (int tab = 1; tab <= tabs; tab++) {
                String login = BenchSchool.staffLogin(tab);
                VaadinClient client = new VaadinClient(http, port, login, (c, sequence, nanos) -> { });
                client.signIn(login, BenchSchool.PASSWORD);
                client.openChat(chat);
                clients.add(client);
            }
            long interval = 1_000_000_000L * tabs / perSecond;
            for (int tab = 0; tab < tabs; tab++) {
                VaadinClient client = clients.get(tab);
                String tabPrefix = prefix + (tab + 1) + "-";
                threads.add(Thread.ofPlatform().name("drill-poster-" + tab).start(() -> post(client, tabPrefix, interval,
                        acknowledged)));
            }
        }

        private void post(VaadinClient client, String prefix, long interval, Set<String> acknowledged) {
            long next = System.nanoTime();
            for (int n = 1; going.get(); n++) {
                String key = prefix + n;
                try {
                    roundTrips.add(client.send(key, "Проверка сохранности " + key) / 1_000_000);
                    acknowledged.add(key);
                    sent.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    // After a kill every send fails; before it, a failure is a lost write.
                    if (failed.incrementAndGet() == 1 && going.get()) {
                        log("first failed send: " + e);
                    }
                    if (!going.get()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    return;
                }
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
        }

        void stopAndWait() throws InterruptedException {
            going.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }
    }
}
