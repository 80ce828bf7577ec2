package ru.parta.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One part of a channel's audience as stored (see {@link AudiencePart}). */
@MappedEntity("channel_audience")
record AudienceLine(@Id @GeneratedValue @Nullable Long id, long channelId, @Nullable Long classId,
                    @Nullable Long groupId, boolean students, boolean parents, boolean staff) {

    AudiencePart part() {
        return new AudiencePart(classId, groupId, students, parents, staff);
    }
}
