package ru.parta.channel;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.parta.base.Sql;
import ru.parta.people.PersonalDataPart;

/**
 * A person's confirmations of announcements for their own-data archive (their posts are messages,
 * in the chat's part); erasure deletes the confirmations and their authorship of channels.
 */
@Singleton
class ChannelPersonalData implements PersonalDataPart {

    private final JdbcOperations jdbc;
    private final AcknowledgementRepository acknowledgements;
    private final ChannelRepository channels;

    ChannelPersonalData(JdbcOperations jdbc, AcknowledgementRepository acknowledgements, ChannelRepository channels) {
        this.jdbc = jdbc;
        this.acknowledgements = acknowledgements;
        this.channels = channels;
    }

    @Override
    public String fileName() {
        return "acknowledgements.csv";
    }

    @Override
    public List<String> header() {
        return List.of("channel", "message", "acknowledged_at");
    }

    @Override
    @Transactional(readOnly = true)
    public List<List<String>> rows(long accountId, ZoneId zone) {
        return new Sql().append("""
                SELECT c.title, k.message_id, k.acknowledged_at FROM acknowledgement k
                JOIN message m ON m.id = k.message_id JOIN conversation c ON c.id = m.conversation_id
                WHERE k.account_id = ? ORDER BY k.acknowledged_at""", accountId)
                .query(jdbc, rs -> List.of(rs.getString(1), rs.getString(2),
                        Sql.instant(rs.getObject(3)).atZone(zone).toString()));
    }

    @Override
    public String erase(long accountId, Instant at) {
        int confirmations = acknowledgements.eraseAcknowledgements(accountId);
        int authorships = channels.removeAuthorEverywhere(accountId);
        return confirmations + authorships > 0 ? "erasure.category.acknowledgements" : null;
    }
}
