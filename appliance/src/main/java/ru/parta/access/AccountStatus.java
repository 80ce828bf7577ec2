package ru.parta.access;

/** Where a person stands in the school. */
public enum AccountStatus {
    /** Imported or added by an administrator; waits for activation with a code. */
    PENDING,
    /** Registered through an invitation link that needs approval; sees only their request's state. */
    APPLICANT,
    ACTIVE,
    /** Left the school or graduated: cannot sign in, but what they wrote and their history stay. */
    LEFT,
    /** Personal data destroyed on request (152-FZ); the row keeps their messages attributable to nobody. */
    ERASED;

    public String messageKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
