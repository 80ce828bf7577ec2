package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.CsvCells;
import ru.parta.base.PartaException;
import ru.parta.base.Sql;
import ru.parta.base.i18n.Messages;

/**
 * The monitoring of use the regulations ask for: what was shown on which display, when, for how
 * long and who started it, filtered by period and display, exported as CSV, and summed up per room
 * for the director. Reads one query over the log, the displays, the broadcasts and who started them.
 */
@Singleton
public class UsageLog {

    /** The most lines a screen shows; the CSV has them all. */
    public static final int SCREEN_LINES = 500;
    static final int MAX_DAYS = 400;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final JdbcOperations jdbc;
    private final Permissions permissions;
    private final Clock clock;

    UsageLog(JdbcOperations jdbc, Permissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The period's lines (school days {@code from} to {@code to}), newest first; one display or all. */
    @Transactional(readOnly = true)
    public List<UsageRow> findUsage(LocalDate from, LocalDate to, @Nullable Long displayId, ZoneId zone, int limit,
                                    Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR);
        Instant start = checkPeriod(from, to).atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Sql sql = new Sql().append("""
                SELECT u.display_id, d.name, b.kind, b.title, a.full_name, b.schedule_id, u.started_at, u.confirmed_at,
                  u.ended_at
                FROM display_usage u JOIN display d ON d.id = u.display_id JOIN broadcast b ON b.id = u.broadcast_id
                JOIN account a ON a.id = b.started_by
                WHERE u.started_at < ? AND (u.ended_at IS NULL OR u.ended_at >= ?)""", end, start);
        if (displayId != null) {
            sql.append(" AND u.display_id = ?", displayId);
        }
        sql.append(" ORDER BY u.started_at DESC, u.id DESC LIMIT ?", limit);
        return sql.query(jdbc, rs -> new UsageRow(rs.getLong(1), rs.getString(2), BroadcastKind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getObject(6) != null, Sql.instant(rs.getObject(7)),
                instantOrNull(rs.getObject(8)), instantOrNull(rs.getObject(9))));
    }

    /** Per room over the period: broadcasts, confirmed ones, time shown (within the period), the last use. */
    @Transactional(readOnly = true)
    public List<RoomSummary> findRoomSummary(LocalDate from, LocalDate to, ZoneId zone, Actor actor) {
        List<UsageRow> rows = findUsage(from, to, null, zone, Integer.MAX_VALUE, actor);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Map<Long, RoomSummary> rooms = new LinkedHashMap<>();
        for (UsageRow row : rows) {
            Instant shownFrom = row.startedAt().isBefore(start) ? start : row.startedAt();
            Instant until = row.endedAt() == null ? now : row.endedAt();
            Instant shownTo = until.isAfter(end) ? end : until;
            Duration shown = shownTo.isAfter(shownFrom) ? Duration.between(shownFrom, shownTo) : Duration.ZERO;
            rooms.merge(row.displayId(), new RoomSummary(row.displayId(), row.displayName(), 1,
                    row.confirmedAt() == null ? 0 : 1, shown, row.startedAt()), (a, b) -> new RoomSummary(a.displayId(),
                    a.displayName(), a.broadcasts() + 1, a.confirmed() + b.confirmed(), a.shown().plus(b.shown()),
                    a.lastUsed() != null && a.lastUsed().isAfter(b.lastUsed()) ? a.lastUsed() : b.lastUsed()));
        }
        List<RoomSummary> summary = new ArrayList<>(rooms.values());
        summary.sort(java.util.Comparator.comparing(RoomSummary::displayName));
        return summary;
    }

    /** The period's log as CSV (times in the school's zone), headed in the reader's language. */
    public byte[] exportUsageCsv(LocalDate from, LocalDate to, @Nullable Long displayId, ZoneId zone, Locale language,
                                 Actor actor) {
        List<UsageRow> rows = findUsage(from, to, displayId, zone, Integer.MAX_VALUE, actor);
        Messages messages = Messages.core();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        String[] header = List.of("display", "kind", "title", "startedBy", "planned", "started", "confirmed", "ended",
                "minutes").stream().map(key -> messages.translate("usage.csv." + key, language)).toArray(String[]::new);
        Instant now = clock.instant();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header).get())) {
            for (UsageRow row : rows) {
                csv.printRecord(CsvCells.safe(row.displayName()), messages.translate(row.kind().messageKey(), language),
                        CsvCells.safe(row.title()), CsvCells.safe(row.startedBy()),
                        messages.translate(row.planned() ? "usage.csv.yes" : "usage.csv.no", language),
                        TIME.format(row.startedAt().atZone(zone)),
                        row.confirmedAt() == null ? "" : TIME.format(row.confirmedAt().atZone(zone)),
                        row.endedAt() == null ? "" : TIME.format(row.endedAt().atZone(zone)),
                        row.duration(now).toMinutes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Nullable
    private static Instant instantOrNull(@Nullable Object value) {
        return value == null ? null : Sql.instant(value);
    }

    private static LocalDate checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw PartaException.invalid("usage.periodInvalid");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw PartaException.invalid("usage.periodTooLong", MAX_DAYS);
        }
        return from;
    }
}
