package ru.parta.poll;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.parta.base.Sql;
import ru.parta.people.PersonalDataPart;

/**
 * A person's votes for their own-data archive: in named polls what they chose, in anonymous ones
 * only that they voted (their ballot cannot be found without their session). Erasure removes both;
 * the counts stay, as they are no one's data.
 */
@Singleton
class PollPersonalData implements PersonalDataPart {

    private final PollReads reads;
    private final JdbcOperations jdbc;

    PollPersonalData(PollReads reads, JdbcOperations jdbc) {
        this.reads = reads;
        this.jdbc = jdbc;
    }

    @Override
    public String fileName() {
        return "votes.csv";
    }

    @Override
    public List<String> header() {
        return List.of("poll", "question", "kind", "choices");
    }

    @Override
    public List<List<String>> rows(long accountId, ZoneId zone) {
        return reads.findVotesOf(accountId);
    }

    @Override
    public String erase(long accountId, Instant at) {
        int choices = new Sql().append("DELETE FROM poll_choice WHERE account_id = ?", accountId).update(jdbc);
        int voted = new Sql().append("DELETE FROM poll_voter WHERE account_id = ?", accountId).update(jdbc);
        return choices + voted > 0 ? "erasure.category.votes" : null;
    }
}
