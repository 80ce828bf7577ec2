package ru.parta.invitation;

import java.util.Locale;

public enum JoinRequestStatus {
    PENDING,
    APPROVED,
    REJECTED;

    public String messageKey() {
        return "joinRequest.status." + name().toLowerCase(Locale.ROOT);
    }
}
