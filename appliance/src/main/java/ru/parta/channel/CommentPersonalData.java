package ru.parta.channel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.parta.base.Sql;
import ru.parta.people.PersonalDataPart;

/** A person's comments on channel posts for their archive; erasure removes their texts (the marks stay). */
@Singleton
class CommentPersonalData implements PersonalDataPart {

    private final JdbcOperations jdbc;
    private final PostCommentRepository comments;

    CommentPersonalData(JdbcOperations jdbc, PostCommentRepository comments) {
        this.jdbc = jdbc;
        this.comments = comments;
    }

    @Override
    public String fileName() {
        return "comments.csv";
    }

    @Override
    public List<String> header() {
        return List.of("channel", "post", "written_at", "text", "deleted_at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(long accountId, ZoneId zone) {
        return new Sql().append("""
                SELECT c.title, p.message_id, p.created_at, p.body, p.deleted_at FROM post_comment p
                JOIN conversation c ON c.id = p.conversation_id WHERE p.author_id = ? ORDER BY p.id""", accountId)
                .query(jdbc, rs -> List.of(rs.getString(1), rs.getString(2),
                        Sql.instant(rs.getObject(3)).atZone(zone).toString(), rs.getString(4),
                        rs.getObject(5) == null ? "" : Sql.instant(rs.getObject(5)).atZone(zone).toString()));
    }

    @Override
    public String erase(long accountId, Instant at) {
        return comments.eraseAll(accountId, at) > 0 ? "erasure.category.comments" : null;
    }
}
