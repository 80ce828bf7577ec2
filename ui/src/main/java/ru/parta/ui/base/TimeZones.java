package ru.parta.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
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

    /**
     * The server's own zone when it names a real place; a server left on UTC (most installs) or an
     * unknown zone starts at Moscow, the zone of most Russian schools.
     */
    public String serverDefault() {
        ZoneId server = ZoneId.systemDefault();
        if (server.normalized().equals(java.time.ZoneOffset.UTC) || !all().contains(server.getId())) {
            return "Europe/Moscow";
        }
        return server.getId();
    }

    /**
     * "(UTC+03:00) Москва (МСК)": the offset now, then the name people know. Russia's zones carry
     * their city and Moscow-relative name from the bundles; others the JDK's name in the person's
     * language, with the zone id (several regions share a name).
     */
    public ItemLabelGenerator<String> labels(Component owner) {
        return id -> {
            ZoneId zone = ZoneId.of(id);
            String offset = zone.getRules().getOffset(java.time.Instant.now()).getId();
            String prefix = "(UTC" + ("Z".equals(offset) ? "" : offset) + ") ";
            if (RUSSIA.contains(id)) {
                return prefix + owner.getTranslation("timezone." + id);
            }
            if (UTC.equals(id)) {
                return prefix + owner.getTranslation("timezone.UTC");
            }
            return prefix + zone.getDisplayName(java.time.format.TextStyle.FULL, uiLocale()) + " — " + id;
        };
    }

    private static java.util.Locale uiLocale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.forLanguageTag("ru") : ui.getLocale();
    }
}
