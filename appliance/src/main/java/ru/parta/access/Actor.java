package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * Who is acting: the signed-in person (with the session they act through) or {@link #SYSTEM} for
 * schedulers and imports. Every write a screen or the console can call takes one, and the service
 * checks it through {@link Permissions}. The roles are what the screen knew at sign-in, a hint for
 * menus only: services re-read the account, its roles and its session from the database, so an
 * actor built from stale or forged data is refused.
 *
 * @param accountId the acting person's account ({@code 0} for the system)
 * @param roles the roles the person held when the screen was opened
 * @param sessionId the signed-in session the person acts through; {@code null} only for callers
 *                  without one (tests, the system)
 */
public record Actor(long accountId, Set<Role> roles, @Nullable String sessionId) {

    /** The appliance itself: nightly housekeeping, the first-run setup, imports run by the system. */
    public static final Actor SYSTEM = new Actor(0, Set.of(), null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** A person acting without a web session (tests and in-process callers that checked sign-in themselves). */
    public static Actor of(long accountId) {
        return new Actor(accountId, Set.of(), null);
    }

    public static Actor of(AccountSummary account, @Nullable String sessionId) {
        return new Actor(account.id(), account.roles(), sessionId);
    }

    /** Only the one instance: an actor made elsewhere with id 0 is nobody, and refused as unknown. */
    public boolean isSystem() {
        return this == SYSTEM;
    }

    /** The id the audit trail records: none for the system. */
    public @Nullable Long auditId() {
        return isSystem() ? null : accountId;
    }
}
