package ru.parta.poll;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Polls, and the rows of who voted and what (no entities of their own). */
@JdbcRepository(dialect = Dialect.H2)
interface PollRepository extends CrudRepository<Poll, Long> {

    /** The poll, locked until the vote's transaction ends: one poll's votes are counted one at a time. */
    @Query("SELECT * FROM poll WHERE id = :id FOR UPDATE")
    Optional<Poll> findForUpdate(long id);

    @Query("SELECT * FROM poll WHERE closed_at IS NULL AND closes_at <= :now")
    List<Poll> findDue(Instant now);

    @Query("UPDATE poll SET closed_at = :at WHERE id = :id AND closed_at IS NULL")
    int close(long id, Instant at);

    @Query("UPDATE poll SET message_id = :messageId WHERE id = :id")
    void attachMessage(long id, long messageId);

    @Query("UPDATE poll SET voters = voters + :delta WHERE id = :id")
    void countVoter(long id, int delta);

    @Query("SELECT COUNT(*) FROM poll_voter WHERE poll_id = :pollId AND account_id = :accountId")
    int countVoter(long pollId, long accountId);

    @Query("INSERT INTO poll_voter (poll_id, account_id) VALUES (:pollId, :accountId)")
    void addVoter(long pollId, long accountId);

    @Query("SELECT option_id FROM poll_choice WHERE poll_id = :pollId AND account_id = :accountId")
    List<Long> findChoices(long pollId, long accountId);

    @Query("DELETE FROM poll_choice WHERE poll_id = :pollId AND account_id = :accountId")
    void clearChoices(long pollId, long accountId);

    @Query("INSERT INTO poll_choice (poll_id, account_id, option_id, voted_at) VALUES (:pollId, :accountId, :optionId, :at)")
    void addChoice(long pollId, long accountId, long optionId, Instant at);

    @Query("SELECT option_ids FROM poll_ballot WHERE poll_id = :pollId AND ballot_key = :ballotKey")
    Optional<String> findBallot(long pollId, String ballotKey);

    @Query("INSERT INTO poll_ballot (poll_id, ballot_key, option_ids) VALUES (:pollId, :ballotKey, :optionIds)")
    void addBallot(long pollId, String ballotKey, String optionIds);

    @Query("UPDATE poll_ballot SET option_ids = :optionIds WHERE poll_id = :pollId AND ballot_key = :ballotKey")
    void changeBallot(long pollId, String ballotKey, String optionIds);
}
