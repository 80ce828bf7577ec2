package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;
import ru.parta.access.Role;

/** What the creator of a link chooses; exactly one of class and group. */
public record NewInvitation(Role role, @Nullable Long classId, @Nullable Long groupId, int validDays,
                            @Nullable Integer maxUses, boolean needsApproval, @Nullable String note) {

    public static final int DEFAULT_DAYS = 7;
}
