package ru.parta.console;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import ru.parta.school.SchoolService;

/** Moments as the school reads them: its own timezone, day first. */
@Singleton
class ConsoleTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final SchoolService schools;

    ConsoleTimes(SchoolService schools) {
        this.schools = schools;
    }

    String format(Instant at) {
        return at == null ? "—" : FORMAT.format(at.atZone(schools.zone()));
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
