package ru.parta.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real runnable jar, started as its own process on 127.0.0.1 with a data directory of the test's. */
final class RunningAppliance implements AutoCloseable {

    private static final Pattern SETUP_CODE = Pattern.compile("setup code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    private final Process process;
    private final int port;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Thread reader;
    /** Appliances started since the current test began, for {@link ApplianceLogOnFailure}. */
    private static final List<RunningAppliance> STARTED = new CopyOnWriteArrayList<>();

    private RunningAppliance(Process process, int port) {
        this.process = process;
        this.port = port;
        this.reader = new Thread(this::readLog, "appliance-log-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    static RunningAppliance start(Path dataDir, int port) throws IOException, InterruptedException {
        return start(dataDir, port, java.util.Map.of());
    }

    /** With more settings as environment variables (the console's port and keys file, say). */
    static RunningAppliance start(Path dataDir, int port, java.util.Map<String, String> settings)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only and the serial collector: a test appliance lives for seconds to a minute, so it gains
        // nothing from C2 or a concurrent collector, and starts in half the CPU time (about 30 starts per run).
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", System.getProperty("parta.jar"))
                .redirectErrorStream(true);
        builder.environment().put("PARTA_DATA_DIR", dataDir.toString());
        builder.environment().put("PARTA_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PARTA_HTTP_HOST", "127.0.0.1");
        builder.environment().putIfAbsent("PARTA_CONSOLE_PORT", "0");
        builder.environment().putIfAbsent("PARTA_HTTPS_PORT", "0");
        // The browser tests drive plain HTTP; HTTPS and its redirect are tested on their own (InstallBundleIT).
        builder.environment().putIfAbsent("PARTA_HTTPS_REDIRECT", "false");
        builder.environment().putAll(settings);
        builder.environment().put("PARTA_CONSOLE_HOST", "127.0.0.1");
        RunningAppliance appliance = new RunningAppliance(builder.start(), port);
        STARTED.add(appliance);
        appliance.awaitHealthy(Duration.ofSeconds(60));
        return appliance;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static List<RunningAppliance> started() {
        return List.copyOf(STARTED);
    }

    static void forgetStarted() {
        STARTED.clear();
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    List<String> log() {
        return List.copyOf(log);
    }

    Optional<String> setupCode() {
        for (String line : log) {
            Matcher matcher = SETUP_CODE.matcher(line);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    String health() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "api/health")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    /** Like a power cut for the process: no shutdown hooks, nothing flushed by the application. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd stops a service; returns the exit code. */
    int stop() throws InterruptedException, IOException {
        // Not Process.destroy(): it also closes our end of the pipe, and the shutdown log would be lost.
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Parta did not stop within 30 s of SIGTERM");
        }
        reader.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Parta exited during start-up:\n" + String.join("\n", log));
            }
            try {
                if (health().startsWith("200 ")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Parta was not healthy within " + timeout + ":\n" + String.join("\n", log));
    }

    private void readLog() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.add(line);
            }
        } catch (IOException ended) {
            // The process is gone.
        }
    }
}
