package ru.parta.chat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.parta.base.Sql;
import ru.parta.files.FilePlace;
import ru.parta.files.FileService;
import ru.parta.files.StoredFile;
import ru.parta.people.PersonalDataPart;

/** The messages a person wrote (delivered or still held), for their own-data archive. */
@Singleton
class ChatPersonalData implements PersonalDataPart {

    private final JdbcOperations jdbc;
    private final FileService files;

    ChatPersonalData(JdbcOperations jdbc, FileService files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public String fileName() {
        return "messages.csv";
    }

    @Override
    public List<String> header() {
        return List.of("conversation", "kind", "sent_at", "delivered_at", "text", "edited_at", "deleted_at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(long accountId, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>(new Sql().append("""
                SELECT m.conversation_id, c.kind, m.sent_at, m.delivered_at, m.body, m.edited_at, m.deleted_at
                FROM message m JOIN conversation c ON c.id = m.conversation_id
                WHERE m.author_id = ? ORDER BY m.id""", accountId).query(jdbc, rs -> List.of(
                rs.getString(1), rs.getString(2), time(rs.getObject(3), zone), time(rs.getObject(4), zone),
                rs.getString(5), time(rs.getObject(6), zone), time(rs.getObject(7), zone))));
        rows.addAll(new Sql().append("""
                SELECT h.conversation_id, c.kind, h.sent_at, h.body FROM held_message h
                JOIN conversation c ON c.id = h.conversation_id WHERE h.author_id = ? ORDER BY h.id""", accountId)
                .query(jdbc, rs -> List.of(rs.getString(1), rs.getString(2), time(rs.getObject(3), zone), "",
                        rs.getString(4), "", "")));
        return rows;
    }

    /** Texts and files of their messages (the marks keep their places), reactions, held messages, memberships. */
    @Override
    public String erase(long accountId, Instant at) {
        int texts = new Sql().append("UPDATE message SET body = '', deleted_at = COALESCE(deleted_at, ?)"
                + " WHERE author_id = ?", at, accountId).update(jdbc);
        int held = new Sql().append("DELETE FROM held_message WHERE author_id = ?", accountId).update(jdbc);
        int reactions = new Sql().append("DELETE FROM message_reaction WHERE account_id = ?", accountId).update(jdbc);
        new Sql().append("DELETE FROM message_mention WHERE account_id = ?", accountId).update(jdbc);
        List<StoredFile> attached = files.findUploads(accountId, FilePlace.CONVERSATION);
        attached.forEach(file -> files.deleteFile(file, accountId));
        new Sql().append("UPDATE conversation_member SET left_at = ? WHERE account_id = ? AND left_at IS NULL",
                at, accountId).update(jdbc);
        return texts + held + reactions + attached.size() > 0 ? "erasure.category.messages" : null;
    }

    private static String time(Object value, ZoneId zone) {
        return switch (value) {
            case null -> "";
            case OffsetDateTime offset -> offset.atZoneSameInstant(zone).toString();
            case Timestamp timestamp -> timestamp.toInstant().atZone(zone).toString();
            default -> value.toString();
        };
    }
}
