package ru.parta.console;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.parta.people.PersonalDataPart;

/**
 * An administrator's console keys in their own-data archive (name, fingerprint, when added and
 * last used; the public key itself says nothing more about them), and removed by erasure, so an
 * erased person's key can never open the console again.
 */
@Singleton
class ConsolePersonalData implements PersonalDataPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ConsoleKeyRepository keys;

    ConsolePersonalData(ConsoleKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public String fileName() {
        return "console-keys.csv";
    }

    @Override
    public List<String> header() {
        return List.of("name", "fingerprint", "added", "last_used");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(long accountId, ZoneId zone) {
        return keys.findByAccountIdOrderById(accountId).stream()
                .map(key -> List.of(key.label(), key.fingerprint(), time(key.addedAt(), zone), time(key.lastUsedAt(), zone)))
                .toList();
    }

    @Override
    @Transactional
    public String erase(long accountId, Instant at) {
        if (keys.findByAccountIdOrderById(accountId).isEmpty()) {
            return null;
        }
        keys.deleteOwnedBy(accountId);
        return "erasure.category.consoleKeys";
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
