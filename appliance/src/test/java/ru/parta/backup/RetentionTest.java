package ru.parta.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The grandfather-father-son rotation over a year of nightly backups. */
class RetentionTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void aYearOfNightsKeepsSevenDaysFourWeeksAndSixMonths() {
        List<BackupEntry> newestFirst = new ArrayList<>();
        Instant last = Instant.parse("2026-12-04T23:00:00Z"); // 02:00 on the 5th in Moscow
        for (int night = 0; night < 365; night++) {
            newestFirst.add(entry(last.minus(Duration.ofDays(night)), true));
        }
        Set<String> deleted = new Retention(7, 4, 6).toDelete(newestFirst, MOSCOW);
        List<BackupEntry> kept = newestFirst.stream().filter(e -> !deleted.contains(e.name())).toList();

        assertTrue(kept.size() >= 7 && kept.size() <= 7 + 4 + 6, "kept " + kept.size());
        for (int night = 0; night < 7; night++) {
            assertFalse(deleted.contains(newestFirst.get(night).name()), "each of the last seven nights stays");
        }
        Instant oldestKept = kept.getLast().createdAt();
        assertEquals(java.time.YearMonth.of(2026, 7), java.time.YearMonth.from(oldestKept.atZone(MOSCOW)),
                "the newest of each of six months, December back to July");
        assertEquals(java.time.LocalDate.of(2026, 7, 31), oldestKept.atZone(MOSCOW).toLocalDate());
    }

    @Test
    void aFailedBackupStaysOnlyUntilAVerifiedOneIsNewer() {
        Instant now = Instant.parse("2026-12-04T23:00:00Z");
        BackupEntry newestFailed = entry(now, false);
        BackupEntry verified = entry(now.minus(Duration.ofDays(1)), true);
        BackupEntry olderFailed = entry(now.minus(Duration.ofDays(2)), false);
        Set<String> deleted = new Retention(7, 4, 6).toDelete(List.of(newestFailed, verified, olderFailed), MOSCOW);
        assertEquals(Set.of(olderFailed.name()), deleted);
    }

    @Test
    void twoBackupsOfOneDayKeepTheNewer() {
        Instant evening = Instant.parse("2026-12-04T15:00:00Z");
        BackupEntry later = entry(evening, true);
        BackupEntry earlier = entry(evening.minus(Duration.ofHours(5)), true);
        assertEquals(Set.of(earlier.name()), new Retention(7, 4, 6).toDelete(List.of(later, earlier), MOSCOW));
    }

    private static BackupEntry entry(Instant at, boolean verified) {
        BackupManifest manifest = new BackupManifest(1, at, "test", 20, new TreeMap<>(), 0, 0);
        Verification verification = verified ? Verification.passed(at, 0, 0)
                : Verification.failed(at, "backup.fileDamaged", List.of("x"));
        return new BackupEntry(BackupNames.nameFor(at), at, manifest, null, verification, 0);
    }
}
