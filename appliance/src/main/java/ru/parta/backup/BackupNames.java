package ru.parta.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A backup is named by the moment it was made, in UTC ({@code parta-20261204T020000Z}), so names
 * sort by age and mean the same on every server; screens show the school's local time.
 */
public final class BackupNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("parta-\\d{8}T\\d{6}Z");

    private BackupNames() {
    }

    static String nameFor(Instant at) {
        return "parta-" + STAMP.format(at);
    }

    /** Whether a name (from a person, a console, a directory listing) is a backup's and nothing else. */
    public static boolean isBackupName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static Optional<Instant> instantOf(String name) {
        if (!isBackupName(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.substring("parta-".length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
