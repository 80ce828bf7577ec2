package ru.parta.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school LAN with the uplink down, as a network namespace that has only its loopback (with
 * multicast on, as a LAN card has it, so mDNS can be heard) and no route anywhere. Programs are run
 * inside it with nsenter; the appliance's side is traced with strace from outside the process,
 * and every address it tried to reach is read back from the trace.
 */
final class LanOnlyNetwork implements AutoCloseable {

    /** Addresses on the LAN itself: the loopback, the mDNS group (IPv4 and IPv6), "any". */
    private static final Pattern ADDRESS = Pattern.compile("inet_addr\\(\"([^\"]+)\"\\)|inet_pton\\(AF_INET6, \"([^\"]+)\"");

    private final Process holder;
    private final String namespace;

    private LanOnlyNetwork(Process holder) {
        this.holder = holder;
        this.namespace = "/proc/" + holder.pid() + "/ns/net";
    }

    static boolean available() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare"))
                && Files.isExecutable(Path.of("/usr/bin/nsenter")) && Files.isExecutable(Path.of("/usr/bin/strace"));
    }

    static LanOnlyNetwork open() throws IOException {
        Process holder = new ProcessBuilder("unshare", "--net", "sh", "-c",
                "ip link set lo up && ip link set lo multicast on && ip route && echo ready && exec sleep infinity")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("ready")) {
                if (!said.toString().isBlank()) {
                    holder.destroyForcibly();
                    throw new IllegalStateException("the namespace has routes: " + said);
                }
                return new LanOnlyNetwork(holder);
            }
            said.append(line).append('\n');
        }
        throw new IllegalStateException("no network namespace: " + said);
    }

    /** The command, run inside the namespace. */
    List<String> inside(String... command) {
        List<String> wrapped = new ArrayList<>(List.of("nsenter", "--net=" + namespace));
        wrapped.addAll(List.of(command));
        return wrapped;
    }

    /**
     * The command inside the namespace, it and everything it starts (Parta, left running) traced for
     * the network calls that name an address; the tracer detaches, so the command returns when it ends.
     */
    List<String> traced(Path trace, String... command) {
        List<String> wrapped = new ArrayList<>(List.of("nsenter", "--net=" + namespace, "strace", "-D", "-f", "--seccomp-bpf", "-qq", "-A",
                "-o", trace.toString(), "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-e", "signal=none"));
        wrapped.addAll(List.of(command));
        return wrapped;
    }

    /** A Chromium that runs inside the namespace (Playwright drives it through pipes, which cross it). */
    Path chromium(Path directory) throws IOException {
        Path script = directory.resolve("chromium-in-lan.sh");
        Files.writeString(script, "#!/bin/sh\nexec nsenter --net=" + namespace + " "
                + System.getenv().getOrDefault("PARTA_CHROMIUM", "/usr/bin/chromium") + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** Every traced call that tried to reach an address off the LAN, as strace wrote it. */
    static List<String> outboundAttempts(Path trace) throws IOException {
        List<String> outbound = new ArrayList<>();
        for (String line : Files.readAllLines(trace)) {
            Matcher address = ADDRESS.matcher(line);
            while (address.find()) {
                String value = address.group(1) != null ? address.group(1) : address.group(2);
                if (!onTheLan(value)) {
                    outbound.add(line);
                }
            }
        }
        return outbound;
    }

    static boolean onTheLan(String mapped) {
        // Java's sockets are dual-stack: IPv4 addresses appear mapped into IPv6 (::ffff:a.b.c.d).
        String address = mapped.regionMatches(true, 0, "::ffff:", 0, 7) && mapped.indexOf('.') > 0 ? mapped.substring(7) : mapped;
        return address.startsWith("127.") || address.equals("::1") || address.equals("0.0.0.0") || address.equals("::")
                || address.equals("224.0.0.251") || address.equalsIgnoreCase("ff02::fb");
    }

    /** Waits for the tracer to let go of the trace (it ends with the last process it traced). */
    static void awaitTracerEnd(Path trace) throws Exception {
        for (int i = 0; i < 60; i++) {
            Process check = new ProcessBuilder("pgrep", "-f", "strace.*" + trace).start();
            if (check.waitFor(10, TimeUnit.SECONDS) && check.exitValue() != 0) {
                return;
            }
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        holder.destroyForcibly();
    }
}
