package ru.parta.backup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups stay: the newest verified backup of each of the last {@code daily} days that have
 * one, of the last {@code weekly} ISO weeks and of the last {@code monthly} months (the usual
 * grandfather-father-son rotation), in the school's calendar. A backup that failed its check only
 * stays while no verified backup is newer than it, for someone to look at.
 */
record Retention(int daily, int weekly, int monthly) {

    /** The names to delete, given every backup newest first. */
    Set<String> toDelete(List<BackupEntry> newestFirst, ZoneId zone) {
        List<BackupEntry> verified = newestFirst.stream().filter(BackupEntry::verified).toList();
        Set<String> keep = new LinkedHashSet<>();
        keepNewestPer(verified, daily, entry -> localDate(entry, zone), keep);
        keepNewestPer(verified, weekly, entry -> {
            LocalDate day = localDate(entry, zone);
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }, keep);
        keepNewestPer(verified, monthly, entry -> YearMonth.from(localDate(entry, zone)), keep);
        if (!verified.isEmpty()) {
            keep.add(verified.getFirst().name());
        }
        Set<String> delete = new HashSet<>();
        boolean verifiedSeen = false;
        for (BackupEntry entry : newestFirst) {
            if (entry.verified()) {
                verifiedSeen = true;
                if (!keep.contains(entry.name())) {
                    delete.add(entry.name());
                }
            } else if (verifiedSeen) {
                delete.add(entry.name());
            }
        }
        return delete;
    }

    private static void keepNewestPer(List<BackupEntry> verified, int slots, Function<BackupEntry, Object> period,
                                      Set<String> keep) {
        Set<Object> periods = new HashSet<>();
        for (BackupEntry entry : verified) {
            if (periods.size() >= slots) {
                return;
            }
            if (periods.add(period.apply(entry))) {
                keep.add(entry.name());
            }
        }
    }

    private static LocalDate localDate(BackupEntry entry, ZoneId zone) {
        return entry.createdAt().atZone(zone).toLocalDate();
    }
}
