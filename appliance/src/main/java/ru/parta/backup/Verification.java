package ru.parta.backup;

import io.micronaut.core.annotation.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The outcome of checking a backup, kept beside it as {@code verification.properties}: when, and
 * either passed (rows and files counted) or the reason it failed, as a message key and its
 * arguments for any language.
 */
public record Verification(Instant at, boolean passed, @Nullable String problemKey, List<String> problemArguments,
                           long rows, long files) {

    static final String FILE_NAME = "verification.properties";

    public Verification {
        problemArguments = List.copyOf(problemArguments);
    }

    static Verification passed(Instant at, long rows, long files) {
        return new Verification(at, true, null, List.of(), rows, files);
    }

    static Verification failed(Instant at, String problemKey, List<String> arguments) {
        return new Verification(at, false, problemKey, arguments, 0, 0);
    }

    void write(Path folder) throws IOException {
        Path temp = folder.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("at=" + at + "\n");
            out.write("passed=" + passed + "\n");
            out.write("rows=" + rows + "\n");
            out.write("files=" + files + "\n");
            if (problemKey != null) {
                out.write("problem=" + problemKey + "\n");
                for (int i = 0; i < problemArguments.size(); i++) {
                    out.write("problem." + i + "=" + problemArguments.get(i).replace("\n", " ") + "\n");
                }
            }
        }
        Files.move(temp, folder.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The last check of a backup; empty when it was never checked (or its record is unreadable). */
    static Optional<Verification> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            String problem = properties.getProperty("problem");
            java.util.ArrayList<String> arguments = new java.util.ArrayList<>();
            for (int i = 0; properties.containsKey("problem." + i); i++) {
                arguments.add(properties.getProperty("problem." + i));
            }
            return Optional.of(new Verification(Instant.parse(properties.getProperty("at", "")),
                    Boolean.parseBoolean(properties.getProperty("passed")), problem, arguments,
                    Long.parseLong(properties.getProperty("rows", "0")), Long.parseLong(properties.getProperty("files", "0"))));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
