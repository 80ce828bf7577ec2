package ru.parta.channel;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface AudienceLineRepository extends CrudRepository<AudienceLine, Long> {

    List<AudienceLine> findByChannelIdOrderByIdAsc(long channelId);

    @Query("DELETE FROM channel_audience WHERE channel_id = :channelId")
    void clearAudience(long channelId);
}
