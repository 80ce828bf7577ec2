package ru.parta.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real runnable jar as its own process on 127.0.0.1, with a fixed heap, and what the
 * operating system and the JVM's own tools (jcmd) say about it: RSS, threads, heap after GC.
 */
final class ApplianceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final long readyMillis;

    private ApplianceProcess(Process process, int port, Path log, long readyMillis) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.readyMillis = readyMillis;
    }

    /** Starts the jar and waits until it answers its health check; the time it took is {@link #readyMillis}. */
    static ApplianceProcess start(Path jar, Path dataDir, String heap, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(jar, dataDir, heap, jvmOptions, freePort());
    }

    /** The JVM options Parta ships with, one per line, notes (#) left out. */
    static List<String> shippedOptions() throws IOException {
        String file = System.getProperty("parta.jvm-options");
        if (file == null) {
            throw new IllegalStateException("parta.jvm-options names config/jvm.options (installer/pom.xml)");
        }
        return Files.readAllLines(Path.of(file)).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** On a given port: a restart where the open tabs expect it. */
    static ApplianceProcess start(Path jar, Path dataDir, String heap, List<String> jvmOptions, int port)
            throws IOException, InterruptedException {
        return start(jar, dataDir, heap, jvmOptions, port, java.util.Map.of());
    }

    /** With more settings as environment variables (the drills' console port and keys file). */
    static ApplianceProcess start(Path jar, Path dataDir, String heap, List<String> jvmOptions, int port,
                                  java.util.Map<String, String> settings) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("appliance.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // As shipped (config/jvm.options), with the benchmark's ceiling on the heap and its own additions.
        command.addAll(shippedOptions());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PARTA_DATA_DIR", dataDir.toString());
        builder.environment().put("PARTA_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PARTA_HTTP_HOST", "127.0.0.1");
        builder.environment().put("PARTA_CONSOLE_PORT", "0");
        builder.environment().put("PARTA_HTTPS_PORT", "0");
        builder.environment().put("PARTA_HTTPS_REDIRECT", "false");
        builder.environment().put("PARTA_CONSOLE_HOST", "127.0.0.1");
        builder.environment().putAll(settings);
        long started = System.nanoTime();
        Process process = builder.start();
        long deadline = started + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Parta exited while starting; see " + log);
            }
            if (healthy(port)) {
                return new ApplianceProcess(process, port, log,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Parta was not ready within 3 minutes; see " + log);
    }

    private static boolean healthy(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    long readyMillis() {
        return readyMillis;
    }

    Path log() {
        return log;
    }

    /** Resident set size in bytes, as the kernel counts it. */
    long rssBytes() throws IOException {
        return statusField(process.pid(), "VmRSS") * 1024;
    }

    /** CPU time the process has used so far (user + system), in milliseconds. */
    long cpuMillis() throws IOException {
        return cpuMillis(process.pid());
    }

    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / 100; // USER_HZ is 100 on Linux
    }

    long threads() throws IOException {
        return statusField(process.pid(), "Threads");
    }

    static long statusField(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IOException(field + " not in /proc/" + pid + "/status");
    }

    /** Heap in use right after a full collection: what the live objects retain. */
    long heapUsedAfterGcBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IOException("no heap figure from jcmd");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** The top of a class histogram of live objects, for the profile notes. */
    String histogram(int lines) throws IOException, InterruptedException {
        String[] all = jcmd("GC.class_histogram").split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, 0, (int) Math.min(all.length, lines + 3L)));
    }

    String jcmd(String what) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), what).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(2, TimeUnit.MINUTES);
        return out;
    }

    /** SIGKILL: a power cut for the process, nothing flushed or closed by Parta. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** SIGTERM, as systemd stops a service; waits for the database to close. */
    void stop() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
        // Generous: a JVM writing its AOT cache on exit takes a while on 2 cores.
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
