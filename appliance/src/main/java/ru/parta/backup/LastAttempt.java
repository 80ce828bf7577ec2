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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The last time a backup was tried and how it ended, kept in the backups directory (not in the
 * database, so that it survives a restore and says the truth about the disk it describes). A failed
 * attempt leaves no backup folder behind, so this is the only trace of it besides the audit trail.
 *
 * @param backupName the backup it made, null when it failed before one existed
 */
public record LastAttempt(Instant at, boolean succeeded, @Nullable String backupName, @Nullable String problemKey,
                          List<String> problemArguments) {

    static final String FILE_NAME = "last-attempt.properties";

    public LastAttempt {
        problemArguments = List.copyOf(problemArguments);
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path temp = directory.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("at=" + at + "\n");
            out.write("succeeded=" + succeeded + "\n");
            if (backupName != null) {
                out.write("backup=" + backupName + "\n");
            }
            if (problemKey != null) {
                out.write("problem=" + problemKey + "\n");
                for (int i = 0; i < problemArguments.size(); i++) {
                    out.write("problem." + i + "=" + problemArguments.get(i).replace("\n", " ") + "\n");
                }
            }
        }
        Files.move(temp, directory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<LastAttempt> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            List<String> arguments = new ArrayList<>();
            for (int i = 0; properties.containsKey("problem." + i); i++) {
                arguments.add(properties.getProperty("problem." + i));
            }
            return Optional.of(new LastAttempt(Instant.parse(properties.getProperty("at", "")),
                    Boolean.parseBoolean(properties.getProperty("succeeded")), properties.getProperty("backup"),
                    properties.getProperty("problem"), arguments));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
