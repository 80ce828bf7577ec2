package ru.parta.access;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.parta.base.CsvCells;
import ru.parta.base.audit.AuditEvent;
import ru.parta.base.audit.AuditFilter;
import ru.parta.base.audit.AuditSearch;

/**
 * The security log for administrators: sign-ins, failures, locks, role changes, invitations,
 * approvals, erasures — filtered, paged, and exported as CSV (UTF-8 with BOM and ";", which Excel
 * on a Russian Windows opens as it is).
 */
@Singleton
public class SecurityLog {

    static final int EXPORT_MAX = 100_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditSearch search;
    private final Permissions permissions;

    SecurityLog(AuditSearch search, Permissions permissions) {
        this.search = search;
        this.permissions = permissions;
    }

    public List<AuditEvent> findEvents(AuditFilter filter, int offset, int limit, Actor actor) {
        permissions.requireAdmin(actor);
        return search.findEvents(filter, offset, limit);
    }

    public int countEvents(AuditFilter filter, Actor actor) {
        permissions.requireAdmin(actor);
        return search.countEvents(filter);
    }

    /** The filtered log as CSV, times in the school's timezone. */
    public byte[] exportCsv(AuditFilter filter, ZoneId zone, Actor actor) {
        permissions.requireAdmin(actor);
        return toCsv(search.findEvents(filter, 0, EXPORT_MAX), zone);
    }

    /** The same CSV layout for any list of events (a person's own log, an erasure's extract). */
    public static byte[] toCsv(List<AuditEvent> events, ZoneId zone) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("id", "time", "actor", "action", "subject", "address").get())) {
            for (AuditEvent event : events) {
                csv.printRecord(event.id(), TIME.format(event.occurredAt().atZone(zone)), event.actorAccountId(),
                        CsvCells.safe(event.action()), CsvCells.safe(event.subject()),
                        CsvCells.safe(event.clientAddress()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
