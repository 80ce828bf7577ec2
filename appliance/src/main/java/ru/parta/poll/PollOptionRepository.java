package ru.parta.poll;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface PollOptionRepository extends CrudRepository<PollOption, Long> {

    List<PollOption> findByPollIdOrderByPositionAsc(long pollId);

    @Query("UPDATE poll_option SET votes = votes + :delta WHERE id = :id")
    void count(long id, int delta);
}
