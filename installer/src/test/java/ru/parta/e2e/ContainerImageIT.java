package ru.parta.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image Jib built in this run (offline, from make-base.sh's base), as a registry or a
 * container engine would see it: skopeo reads its configuration and layers (labels, the user it
 * runs as, ports, the data volume). Containers cannot run on these machines, so its layers are then
 * unpacked into a root file system and its entry point started there (chroot, as its user): Parta
 * answers its health check from the image's own Java and libraries alone.
 */
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target/container/parta-image.tar");

    @TempDir
    Path work;

    @Test
    void theImageIsConfiguredToRunAsItsOwnUserWithItsDataInOneVolumeAndStartsFromItsLayersAlone() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/skopeo")), "skopeo (Debian) reads the image; .ci/run installs it");
        assertTrue(Files.isRegularFile(IMAGE), "mvn verify builds the image (profile container)");

        JsonObject image = JsonParser.parseString(run("skopeo", "inspect", "oci-archive:" + IMAGE)).getAsJsonObject();
        JsonObject labels = image.getAsJsonObject("Labels");
        assertEquals(System.getProperty("parta.version"), labels.get("org.opencontainers.image.version").getAsString());
        assertTrue(labels.get("org.opencontainers.image.source").getAsString().startsWith("file:///")
                || labels.get("org.opencontainers.image.source").getAsString().startsWith("https://"), labels.toString());
        assertEquals("amd64", image.get("Architecture").getAsString());
        assertTrue(image.getAsJsonArray("Layers").size() >= 3, "base, libraries and Parta in layers of their own: " + image);

        JsonObject config = JsonParser.parseString(run("skopeo", "inspect", "--config", "oci-archive:" + IMAGE))
                .getAsJsonObject().getAsJsonObject("config");
        assertEquals("10001:10001", config.get("User").getAsString(), "never root");
        assertEquals(List.of("2222/tcp", "8080/tcp", "8443/tcp"), config.getAsJsonObject("ExposedPorts").keySet().stream().sorted().toList());
        assertEquals(List.of("/var/lib/parta"), List.copyOf(config.getAsJsonObject("Volumes").keySet()));
        List<String> env = strings(config.getAsJsonArray("Env"));
        assertTrue(env.contains("PARTA_DATA_DIR=/var/lib/parta"), env.toString());

        // The pom repeats config/jvm.options for Jib: the two must not drift apart.
        List<String> entrypoint = strings(config.getAsJsonArray("Entrypoint"));
        for (String option : Files.readAllLines(Path.of("../config/jvm.options"))) {
            if (!option.isBlank() && !option.startsWith("#")) {
                assertTrue(entrypoint.contains(option.strip()), option + " missing from the image's command: " + entrypoint);
            }
        }

        assumeTrue("root".equals(System.getProperty("user.name")), "unpacking and chroot need root");
        Path rootfs = unpack();
        startsInItsOwnRoot(rootfs, entrypoint, env);
    }

    /** Every layer in order over one directory, as a container engine stacks them. */
    private Path unpack() throws Exception {
        Path layout = work.resolve("layout");
        run("skopeo", "copy", "--quiet", "oci-archive:" + IMAGE, "dir:" + layout);
        JsonObject manifest = JsonParser.parseString(Files.readString(layout.resolve("manifest.json"))).getAsJsonObject();
        Path rootfs = Files.createDirectories(work.resolve("rootfs"));
        for (var layer : manifest.getAsJsonArray("layers")) {
            String digest = layer.getAsJsonObject().get("digest").getAsString().substring("sha256:".length());
            run("tar", "-xzf", layout.resolve(digest).toString(), "-C", rootfs.toString());
        }
        assertTrue(Files.isExecutable(rootfs.resolve("opt/java/openjdk/bin/java")));
        return rootfs;
    }

    private void startsInItsOwnRoot(Path rootfs, List<String> entrypoint, List<String> env) throws Exception {
        Files.createDirectories(rootfs.resolve("proc"));
        run("mount", "-t", "proc", "proc", rootfs.resolve("proc").toString());
        int port = RunningAppliance.freePort();
        List<String> command = new ArrayList<>(List.of("chroot", "--userspec=10001:10001", rootfs.toString()));
        command.addAll(entrypoint);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("parta.log").toFile());
        builder.environment().clear();
        for (String variable : env) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        builder.environment().put("PARTA_HTTP_HOST", "127.0.0.1");
        builder.environment().put("PARTA_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PARTA_HTTPS_PORT", "0");
        builder.environment().put("PARTA_CONSOLE_PORT", "0");
        Process parta = builder.start();
        try {
            String health = awaitHealth(port, parta);
            assertTrue(health.contains("\"status\":\"UP\""), health);
            assertTrue(Files.exists(rootfs.resolve("var/lib/parta/parta.mv.db")), "the data lands in the volume");
            assertEquals(10001, (int) Files.getAttribute(rootfs.resolve("var/lib/parta/parta.mv.db"), "unix:uid"));
        } finally {
            parta.destroy();
            if (!parta.waitFor(30, TimeUnit.SECONDS)) {
                parta.destroyForcibly().waitFor();
            }
            run("umount", rootfs.resolve("proc").toString());
        }
    }

    private String awaitHealth(int port, Process parta) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until && parta.isAlive()) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("Parta did not answer from the image's root:\n" + Files.readString(work.resolve("parta.log")));
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.getAsString()));
        return values;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }
}
