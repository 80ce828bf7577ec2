package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import ru.parta.access.Role;

/** A link that joins a class or a group in a role, until it expires, is used up or revoked. */
@MappedEntity("invitation")
public record Invitation(@Id @GeneratedValue @Nullable Long id, String token, Role role, @Nullable Long classId,
                         @Nullable Long groupId, Long createdBy, Instant createdAt, Instant expiresAt,
                         @Nullable Integer maxUses, int uses, boolean needsApproval, @Nullable String note,
                         @Nullable Instant revokedAt) {

    public InvitationStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (!expiresAt.isAfter(now)) {
            return InvitationStatus.EXPIRED;
        }
        if (maxUses != null && uses >= maxUses) {
            return InvitationStatus.USED_UP;
        }
        return InvitationStatus.ACTIVE;
    }

    Invitation revoked(Instant at) {
        return new Invitation(id, token, role, classId, groupId, createdBy, createdAt, expiresAt, maxUses, uses,
                needsApproval, note, at);
    }
}
