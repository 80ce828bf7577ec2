package ru.parta.broadcast;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.parta.base.Sql;
import ru.parta.files.FilePlace;
import ru.parta.files.FileService;
import ru.parta.files.StoredFile;
import ru.parta.people.PersonalDataPart;

/**
 * The displays' part of a person's data: the broadcasts they started, the alerts they raised, the
 * plans they made, the files they uploaded for the displays, the rooms whose display they control.
 * Erasure ends their control of displays and cancels their plans; what was shown stays in the usage
 * log the regulations ask for, as started by a deleted user (docs/privacy.md).
 */
@Singleton
class BroadcastPersonalData implements PersonalDataPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final JdbcOperations jdbc;
    private final FileService files;

    BroadcastPersonalData(JdbcOperations jdbc, FileService files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public String fileName() {
        return "displays.csv";
    }

    @Override
    public List<String> header() {
        return List.of("what", "title", "at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(long accountId, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        new Sql().append("SELECT kind, title, started_at FROM broadcast WHERE started_by = ? ORDER BY id", accountId)
                .query(jdbc, rs -> rows.add(List.of("broadcast " + rs.getString(1), rs.getString(2),
                        time(Sql.instant(rs.getObject(3)), zone))));
        new Sql().append("SELECT kind, body, raised_at FROM emergency_alert WHERE raised_by = ? ORDER BY id", accountId)
                .query(jdbc, rs -> rows.add(List.of("alert " + rs.getString(1), rs.getString(2),
                        time(Sql.instant(rs.getObject(3)), zone))));
        new Sql().append("SELECT title, created_at FROM broadcast_schedule WHERE created_by = ? ORDER BY id", accountId)
                .query(jdbc, rs -> rows.add(List.of("plan", rs.getString(1), time(Sql.instant(rs.getObject(2)), zone))));
        new Sql().append("""
                SELECT d.name FROM display_keeper k JOIN display d ON d.id = k.display_id
                WHERE k.account_id = ? AND d.revoked_at IS NULL ORDER BY d.name""", accountId)
                .query(jdbc, rs -> rows.add(List.of("controls display", rs.getString(1), "")));
        for (StoredFile file : files.findUploads(accountId, FilePlace.BROADCAST)) {
            rows.add(List.of("uploaded for the displays", file.name(), time(file.uploadedAt(), zone)));
        }
        return rows;
    }

    @Override
    @Transactional
    public String erase(long accountId, Instant at) {
        int keeps = new Sql().append("DELETE FROM display_keeper WHERE account_id = ?", accountId).update(jdbc);
        int plans = new Sql().append("UPDATE broadcast_schedule SET cancelled_at = ? WHERE created_by = ?"
                + " AND cancelled_at IS NULL", at, accountId).update(jdbc);
        return keeps + plans > 0 ? "erasure.category.displays" : null;
    }

    private static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
