package ru.parta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline bundle as a school gets it, on a LAN with no way out: a network namespace with only
 * its loopback. install.sh (no-systemd mode, under a temporary root) installs and starts it; inside
 * that LAN it answers over HTTPS with the certificate of its own local authority, is found as
 * parta.local by mDNS, sends plain HTTP to HTTPS (but the certificate page), the wizard and every
 * administrator's screen work in Chromium, an upgrade to a second build keeps the school, and an
 * upgrade to a build that cannot start is rolled back by itself. Traced from outside the whole
 * time, the appliance never tries to reach an address off the LAN.
 */
class InstallBundleIT extends HeadlessChromium {

    private static final Pattern SETUP_CODE = Pattern.compile("setup code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
    private static final long MAX_BUNDLE_BYTES = 120L * 1024 * 1024;

    @TempDir
    Path work;

    private Path runtime;

    @Test
    void installUpgradeAndAutomaticRollbackOnALanWithNoWayOut() throws Exception {
        assumeTrue(LanOnlyNetwork.available(), "needs root, unshare, nsenter and strace (.ci/run installs strace)");
        Path root = work.resolve("root");
        Path trace = work.resolve("parta.strace");
        int http = RunningAppliance.freePort();
        int https = RunningAppliance.freePort();
        int console = RunningAppliance.freePort();
        Path first = bundle("0.9.0", null);
        Path tarball = first.resolveSibling("parta-0.9.0-linux-x64.tar.gz");
        assertTrue(Files.size(tarball) <= MAX_BUNDLE_BYTES, "the bundle is " + Files.size(tarball) / 1024 / 1024 + " MB");
        try (LanOnlyNetwork lan = LanOnlyNetwork.open()) {
            try {
                Result installed = run(lan.traced(trace, "bash", first.resolve("install.sh").toString(), "install", "--root",
                        root.toString(), "--http-port", Integer.toString(http), "--https-port", Integer.toString(https),
                        "--console-port", Integer.toString(console)));
                assertEquals(0, installed.exit(), installed.out());
                Matcher code = SETUP_CODE.matcher(installed.out());
                assertTrue(code.find(), installed.out());
                assertTrue(installed.out().contains("http://127.0.0.1:" + http + "/certificate"), installed.out());
                assertTrue(Files.isRegularFile(root.resolve("opt/parta/current/parta.aot")), "the start-up cache was trained");
                Path ca = root.resolve("var/lib/parta/tls/ca.crt");
                assertEquals(0, probe(lan, "https", ca.toString(), "https://127.0.0.1:" + https + "/api/health").exit(),
                        "HTTPS with the box's own authority, trusted alone");
                Result named = probe(lan, "mdns", "parta.local");
                assertEquals(0, named.exit(), named.out());
                assertTrue(named.out().contains("parta.local 127.0.0.1"), named.out());

                try (Browser lanBrowser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(lan.chromium(work)).setHeadless(true).setArgs(CHROMIUM_ARGUMENTS))) {
                    onTheLan(lanBrowser, http, https, code.group(1), fingerprint(ca));

                    Path second = bundle("0.9.1", "a second build");
                    Result upgraded = run(lan.traced(trace, "bash", second.resolve("install.sh").toString(), "upgrade",
                            "--root", root.toString()));
                    assertEquals(0, upgraded.exit(), upgraded.out());
                    assertTrue(Files.readSymbolicLink(root.resolve("opt/parta/current")).toString().startsWith("0.9.1-"));
                    Page admin = signedIn(lanBrowser, https);

                    Path broken = bundle("0.9.2", null);
                    Files.writeString(broken.resolve("parta.jar"), "not a jar");
                    Result rolledBack = run(lan.traced(trace, "bash", broken.resolve("install.sh").toString(), "upgrade",
                            "--root", root.toString()));
                    assertEquals(1, rolledBack.exit(), rolledBack.out());
                    assertTrue(rolledBack.out().contains("Rolled back"), rolledBack.out());
                    assertTrue(Files.readSymbolicLink(root.resolve("opt/parta/current")).toString().startsWith("0.9.1-"));
                    admin.navigate("https://127.0.0.1:" + https + "/login");
                    signIn(admin, "smirnova", "Admin-2026");
                    assertThat(admin.locator("#greeting")).isVisible();
                    shoot(admin, "install-after-rollback");
                }
            } finally {
                run(List.of("bash", first.resolve("install.sh").toString(), "uninstall", "--root", root.toString(), "--purge"));
            }
        }
        LanOnlyNetwork.awaitTracerEnd(trace);
        String traced = Files.readString(trace);
        assertTrue(traced.contains("127.0.0.1\")"), "the trace saw the connections on the loopback");
        assertTrue(traced.contains("224.0.0.251\""), "and Parta's mDNS announcements");
        List<String> outbound = LanOnlyNetwork.outboundAttempts(trace);
        assertTrue(outbound.isEmpty(), "attempts to leave the LAN:\n" + String.join("\n", outbound));
    }

    /**
     * A Parta started by hand (here: anything answering the health check) holds the port: installing
     * must stop before it starts anything, rather than pass the health check against the other one.
     */
    @Test
    void refusesToStartWhileSomethingElseAnswersOnItsPort() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/api/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        other.start();
        try {
            // A runtime that only notes it was run: the refusal must come before any start.
            runtime = work.resolve("noting-runtime");
            Path java = Files.createDirectories(runtime.resolve("bin")).resolve("java");
            Path started = work.resolve("java-was-run");
            Files.writeString(java, "#!/bin/sh\ntouch '" + started + "'\nexit 1\n");
            java.toFile().setExecutable(true);
            Path bundle = bundle("0.9.0", null);
            Path root = work.resolve("root");
            Result refused = run(List.of("bash", bundle.resolve("install.sh").toString(), "install", "--root", root.toString(),
                    "--http-port", Integer.toString(other.getAddress().getPort()),
                    "--https-port", Integer.toString(RunningAppliance.freePort()), "--console-port", "0"));
            assertEquals(1, refused.exit(), refused.out());
            assertTrue(refused.out().contains("although the installed Parta is stopped"), refused.out());
            assertFalse(Files.exists(started), "nothing was started, not even the training start");
            assertFalse(Files.exists(root.resolve("var/lib/parta/parta.pid")));
        } finally {
            other.stop(0);
        }
    }

    /**
     * A school's first day inside the LAN: the certificate page over plain HTTP, everything else sent
     * to HTTPS, the wizard offering the certificate, sign-in with a Secure cookie, every screen.
     */
    private void onTheLan(Browser lanBrowser, int http, int https, String setupCode, String fingerprint) {
        BrowserContext desktop = lanBrowser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setIgnoreHTTPSErrors(true).setAcceptDownloads(true));
        List<String> failed = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        desktop.onRequestFailed(request -> failed.add(request.url() + " " + request.failure()));
        desktop.onRequest(request -> {
            String host = URI.create(request.url()).getHost();
            if (host != null && !host.equals("127.0.0.1")) {
                elsewhere.add(request.url());
            }
        });
        Page admin = desktop.newPage();
        admin.navigate("http://127.0.0.1:" + http + "/certificate");
        assertEquals("http://127.0.0.1:" + http + "/certificate", admin.url(), "the instructions stay on plain HTTP");
        assertThat(admin.locator("#certificate-fingerprint")).hasText(fingerprint);
        Download download = admin.waitForDownload(() -> admin.locator("#certificate-download").click());
        assertEquals("parta-ca.crt", download.suggestedFilename());
        admin.locator("#steps-android summary").click();
        shoot(admin, "certificate-page-desktop");
        admin.setViewportSize(390, 844);
        shoot(admin, "certificate-page-phone");
        admin.setViewportSize(1280, 900);

        admin.navigate("http://127.0.0.1:" + http + "/");
        assertTrue(admin.url().startsWith("https://127.0.0.1:" + https + "/"), "plain HTTP leads to HTTPS: " + admin.url());
        assertThat(admin.locator("#setup-certificate")).isVisible();
        assertThat(admin.locator("#certificate-instructions")).hasAttribute("href", "http://127.0.0.1:" + http + "/certificate");
        shoot(admin, "setup-certificate-desktop");
        admin.setViewportSize(390, 844);
        assertThat(admin.locator("#setup-certificate")).isVisible();
        shoot(admin, "setup-certificate-phone");
        admin.setViewportSize(1280, 900);
        fillWizard(admin, setupCode);
        admin.locator("#finish-setup").click();
        admin.waitForURL("**/login");
        signIn(admin, "smirnova", "Admin-2026");
        assertThat(admin.locator("#greeting")).isVisible();
        Cookie session = desktop.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(session.secure && session.httpOnly, "the session cookie is Secure and HttpOnly over HTTPS");

        for (String route : EveryScreenIT.ADMIN_ROUTES) {
            admin.navigate("https://127.0.0.1:" + https + "/" + route);
            admin.waitForFunction("() => { const main = document.querySelector('vaadin-app-layout > :not([slot])');"
                    + " return main && main.querySelector('h2, h3'); }");
        }
        assertThat(admin.locator("#https-fingerprint")).containsText(fingerprint);
        assertThat(admin.locator("#https-hsts")).isVisible();
        shoot(admin, "https-desktop");
        admin.setViewportSize(390, 844);
        admin.reload();
        assertThat(admin.locator("#https-fingerprint")).isVisible();
        shoot(admin, "https-phone");
        assertTrue(failed.isEmpty(), "requests that failed: " + failed);
        assertTrue(elsewhere.isEmpty(), "pages asked for something off the box: " + elsewhere);
        desktop.close();
    }

    private static Page signedIn(Browser lanBrowser, int https) {
        Page admin = lanBrowser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setIgnoreHTTPSErrors(true)).newPage();
        admin.navigate("https://127.0.0.1:" + https + "/login");
        signIn(admin, "smirnova", "Admin-2026");
        assertThat(admin.locator("#greeting")).isVisible();
        return admin;
    }

    private static String fingerprint(Path certificate) throws Exception {
        try (InputStream in = Files.newInputStream(certificate)) {
            byte[] der = CertificateFactory.getInstance("X.509").generateCertificate(in).getEncoded();
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        }
    }

    /** A device on the LAN (LanProbe), run inside it. */
    private Result probe(LanOnlyNetwork lan, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target/test-classes").toAbsolutePath().toString(), LanProbe.class.getName()));
        command.addAll(List.of(arguments));
        return run(lan.inside(command.toArray(String[]::new)));
    }

    /**
     * A bundle directory as make-bundle.sh lays it out; {@code marker} makes a different build of the
     * jar. Only the first is packed and has its runtime made: later builds reuse that runtime.
     */
    private Path bundle(String version, String marker) throws Exception {
        Path out = Files.createDirectories(work.resolve("bundles-" + version));
        ProcessBuilder make = new ProcessBuilder("bash", "src/bundle/make-bundle.sh", version, System.getProperty("parta.jar"),
                Path.of("..").toAbsolutePath().normalize().toString(), out.toString());
        if (runtime != null) {
            make.environment().put("PARTA_BUNDLE_RUNTIME", runtime.toString());
            make.environment().put("PARTA_BUNDLE_TAR", "false");
        }
        Result made = run(make);
        assertEquals(0, made.exit(), made.out());
        Path bundle = out.resolve("parta-" + version + "-linux-x64");
        if (runtime == null) {
            runtime = bundle.resolve("runtime");
        }
        if (marker != null) {
            Path markerFile = work.resolve("marker.txt");
            Files.writeString(markerFile, marker);
            Result updated = run(List.of(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "uf",
                    bundle.resolve("parta.jar").toString(), "-C", work.toString(), "marker.txt"));
            assertEquals(0, updated.exit(), updated.out());
        }
        return bundle;
    }

    private record Result(int exit, String out) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command));
    }

    /** Output goes through a file: a traced command leaves its tracer (and Parta) holding its descriptors. */
    private Result run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path output = Files.createTempFile(work, "out", ".txt");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
