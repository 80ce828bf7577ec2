package ru.parta.base;

/** What kind of failure a {@link PartaException} reports; each maps to one HTTP status. */
public enum ErrorCategory {
    INVALID(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    LIMIT(429);

    private final int httpStatus;

    ErrorCategory(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The one place a category becomes an HTTP status. */
    public int httpStatus() {
        return httpStatus;
    }
}
