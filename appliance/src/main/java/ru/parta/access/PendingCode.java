package ru.parta.access;

import java.time.Instant;

/** A person's current activation code, for printing; {@code code} is stored without separators. */
public record PendingCode(long accountId, String code, Instant expiresAt, boolean used) {

    /** "K7QM3XPA9TZE" as people read it: "K7QM-3XPA-9TZE". */
    public String displayCode() {
        return ActivationCodes.display(code);
    }
}
