package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import ru.parta.access.Role;

/** A person's request to join a class or group in a role, as an invitation link needing approval filed it. */
@MappedEntity("join_request")
public record JoinRequest(@Id @GeneratedValue @Nullable Long id, Long invitationId, Long accountId, Role role,
                          @Nullable Long classId, @Nullable Long groupId, @Nullable String childName,
                          @Nullable Long childClassId, JoinRequestStatus status, Instant createdAt,
                          @Nullable Instant decidedAt, @Nullable Long decidedBy, @Nullable String reason) {

    JoinRequest decided(JoinRequestStatus newStatus, Instant at, long by, @Nullable String why) {
        return new JoinRequest(id, invitationId, accountId, role, classId, groupId, childName, childClassId, newStatus,
                createdAt, at, by, why);
    }
}
