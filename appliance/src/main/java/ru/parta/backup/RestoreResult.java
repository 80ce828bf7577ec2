package ru.parta.backup;

import io.micronaut.core.annotation.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * How the last restore ended, written by the step that ran while Parta was stopped and read by the
 * next start, which audits it (in the restored database) and shows it to administrators.
 *
 * @param actorId who asked for it (0: the system)
 * @param problemKey why it failed; null when it succeeded
 */
public record RestoreResult(Instant at, String backupName, long actorId, boolean succeeded, @Nullable String problemKey) {

    static final String FILE_NAME = "last-restore.properties";

    static void write(Path dataDir, RestoreResult result) throws IOException {
        write(dataDir, result, false);
    }

    static void write(Path dataDir, RestoreResult result, boolean audited) throws IOException {
        Path temp = dataDir.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("at=" + result.at() + "\n");
            out.write("backup=" + result.backupName() + "\n");
            out.write("actor=" + result.actorId() + "\n");
            out.write("succeeded=" + result.succeeded() + "\n");
            out.write("audited=" + audited + "\n");
            if (result.problemKey() != null) {
                out.write("problem=" + result.problemKey() + "\n");
            }
        }
        Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The last restore and whether it was already audited. */
    static Optional<Noted> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(new Noted(new RestoreResult(Instant.parse(properties.getProperty("at", "")),
                    properties.getProperty("backup", ""), Long.parseLong(properties.getProperty("actor", "0")),
                    Boolean.parseBoolean(properties.getProperty("succeeded")), properties.getProperty("problem")),
                    Boolean.parseBoolean(properties.getProperty("audited"))));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    record Noted(RestoreResult result, boolean audited) {
    }
}
