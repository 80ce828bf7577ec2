package ru.parta.ui.base;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.List;

/** The timezones offered (wizard, school profile): Russia's zones first, then every other region's. */
@Singleton
public class TimeZones {

    private static final String UTC = "UTC";
    private static final List<String> RUSSIA = List.of("Europe/Kaliningrad", "Europe/Moscow",
            "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk",
            "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

    public List<String> all() {
        List<String> others = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                .filter(id -> !RUSSIA.contains(id))
                .sorted()
                .toList();
        return java.util.stream.Stream.of(RUSSIA, others, List.of(UTC)).flatMap(List::stream).toList();
    }

    /** The server's own zone, as the issue asks; a server on plain UTC shows "UTC". */
    public String serverDefault() {
        ZoneId server = ZoneId.systemDefault();
        if (server.normalized().equals(java.time.ZoneOffset.UTC)) {
            return UTC;
        }
        return all().contains(server.getId()) ? server.getId() : "Europe/Moscow";
    }
}
