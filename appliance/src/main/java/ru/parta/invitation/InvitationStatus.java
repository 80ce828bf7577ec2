package ru.parta.invitation;

import java.util.Locale;

public enum InvitationStatus {
    ACTIVE,
    EXPIRED,
    USED_UP,
    REVOKED;

    public String messageKey() {
        return "invitation.status." + name().toLowerCase(Locale.ROOT);
    }
}
