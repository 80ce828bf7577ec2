package ru.parta.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real OpenSSH client programs (Debian's openssh-client) run against the console on 127.0.0.1. */
public final class OpenSsh {

    public record Result(int exitCode, String out, String err) {
    }

    private final Path directory;
    private final int port;

    public OpenSsh(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Makes an Ed25519 key pair without a passphrase; returns the private key's path (the public one is beside it). */
    public Path newKey(String name) throws IOException, InterruptedException {
        Path key = directory.resolve(name);
        Result made = run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString()), null);
        if (made.exitCode() != 0) {
            throw new IllegalStateException("ssh-keygen failed: " + made.err());
        }
        return key;
    }

    public String publicKey(Path key) throws IOException {
        return Files.readString(Path.of(key + ".pub")).strip();
    }

    public Result ssh(Path key, String user, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(options("ssh", key));
        line.add("-p");
        line.add(Integer.toString(port));
        line.add(user + "@127.0.0.1");
        line.addAll(List.of(command));
        return run(line, null);
    }

    public Process sshInBackground(Path key, String user, String... command) throws IOException {
        List<String> line = new ArrayList<>(options("ssh", key));
        line.add("-p");
        line.add(Integer.toString(port));
        line.add(user + "@127.0.0.1");
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        return builder.start();
    }

    public Result passwordOnly(String user) throws IOException, InterruptedException {
        return run(List.of("ssh", "-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "BatchMode=yes", "-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password,keyboard-interactive",
                "-p", Integer.toString(port), user + "@127.0.0.1", "status"), null);
    }

    /** Runs an SFTP batch (one command a line); sftp stops at the first failing one. */
    public Result sftp(Path key, String user, String batch) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(options("sftp", key));
        line.add("-P");
        line.add(Integer.toString(port));
        line.add("-b");
        line.add("-");
        line.add(user + "@127.0.0.1");
        return run(line, batch);
    }

    private static List<String> options(String program, Path key) {
        return List.of(program, "-F", "/dev/null", "-i", key.toString(), "-o", "IdentitiesOnly=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                "-o", "LogLevel=ERROR");
    }

    private static Result run(List<String> command, String input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + command);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
