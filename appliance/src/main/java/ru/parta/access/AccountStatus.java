package ru.parta.access;

/** Where a person stands in the school. */
public enum AccountStatus {
    /** Imported or added by an administrator; waits for activation with a code. */
    PENDING,
    ACTIVE,
    /** Left the school or graduated: cannot sign in, but what they wrote and their history stay. */
    LEFT;

    public String messageKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
