package ru.parta.access;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.parta.base.PartaException;

/**
 * The service-side check behind every write a screen or the console can call. The screens only
 * offer actions to the right people; the services refuse anyone else, whoever calls them. The
 * actor is trusted for nothing but its ids: the account must still be able to sign in, the session
 * (when the actor came through one) must still stand, and roles are read from the database.
 */
@Singleton
public class Permissions {

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;
    private final AccountSessionRepository sessions;
    private final RefusalLog refusals;

    Permissions(AccountRepository accounts, AccountRoleRepository roles, AccountSessionRepository sessions,
                RefusalLog refusals) {
        this.accounts = accounts;
        this.roles = roles;
        this.sessions = sessions;
        this.refusals = refusals;
    }

    /** A live person (not the system) acting for themselves: posting, reading, changing their password. */
    public void requirePerson(Actor actor) {
        if (actor.isSystem()) {
            throw PartaException.forbidden("permission.denied");
        }
        requireLive(actor);
    }

    public void requireAdmin(Actor actor) {
        requireAnyRole(actor, Role.ADMIN);
    }

    /** The system, or a live person holding one of the roles now. */
    public void requireAnyRole(Actor actor, Role... allowed) {
        if (actor.isSystem()) {
            return;
        }
        requireLive(actor);
        List<Role> held = roles.findRoleByAccountId(actor.accountId());
        if (Arrays.stream(allowed).noneMatch(held::contains)) {
            throw PartaException.forbidden("permission.denied");
        }
    }


    /**
     * Refuses an actor whose account can no longer sign in or whose session has ended (a screen
     * left open after disabling, a forged id); such refusals are audited, since they are either a
     * race or an attack.
     */
    private void requireLive(Actor actor) {
        Optional<Account> account = accounts.findById(actor.accountId());
        String problem = account.isEmpty() ? "unknown"
                : !account.get().canSignIn() ? "inactive"
                : actor.sessionId() != null && !sessionStands(actor) ? "sessionEnded"
                : null;
        if (problem != null) {
            refusals.recordRefusal(actor, problem);
            throw PartaException.forbidden("permission.denied");
        }
    }

    private boolean sessionStands(Actor actor) {
        return sessions.findById(actor.sessionId())
                .filter(s -> s.endedAt() == null && s.accountId() == actor.accountId())
                .isPresent();
    }
}
