package ru.parta.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import ru.parta.base.PartaException;

/**
 * What a backup holds, written beside it as {@code manifest.properties} (plain text, readable
 * without Parta): when it was made, by which version and schema, the rows of every table and the
 * files it carries. Verification compares the backup's contents against it.
 *
 * @param schemaVersion the last database migration applied when the backup was made
 * @param rows rows per table, as counted in the backup's own copy of the database
 */
public record BackupManifest(int format, Instant createdAt, String partaVersion, int schemaVersion,
                             SortedMap<String, Long> rows, long files, long fileBytes) {

    public static final String FILE_NAME = "manifest.properties";
    /** The layout this version writes and reads; a later layout is refused rather than misread. */
    public static final int FORMAT = 1;

    public BackupManifest {
        rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    void write(Path folder) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            out.write("# A Parta backup (docs/operations.md, \"Backups\")\n");
            line(out, "format", Integer.toString(format));
            line(out, "created-at", createdAt.toString());
            line(out, "parta-version", partaVersion);
            line(out, "schema-version", Integer.toString(schemaVersion));
            line(out, "files", Long.toString(files));
            line(out, "file-bytes", Long.toString(fileBytes));
            for (Map.Entry<String, Long> table : rows.entrySet()) {
                line(out, "rows." + table.getKey(), table.getValue().toString());
            }
        }
    }

    private static void line(Writer out, String key, String value) throws IOException {
        out.write(key + "=" + value + "\n");
    }

    /** Reads a backup's manifest; a missing, damaged or later-format one is refused with a clear reason. */
    static BackupManifest read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw PartaException.invalid("backup.manifestMissing");
        }
        Properties properties = new Properties();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw PartaException.invalid("backup.manifestDamaged");
        }
        try {
            int format = Integer.parseInt(required(properties, "format"));
            if (format > FORMAT) {
                throw PartaException.invalid("backup.formatNewer", format);
            }
            SortedMap<String, Long> rows = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("rows.")) {
                    rows.put(key.substring("rows.".length()), Long.parseLong(properties.getProperty(key).strip()));
                }
            }
            return new BackupManifest(format, Instant.parse(required(properties, "created-at")),
                    required(properties, "parta-version"), Integer.parseInt(required(properties, "schema-version")),
                    rows, Long.parseLong(required(properties, "files")), Long.parseLong(required(properties, "file-bytes")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw PartaException.invalid("backup.manifestDamaged");
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw PartaException.invalid("backup.manifestDamaged");
        }
        return value.strip();
    }
}
