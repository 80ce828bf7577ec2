package ru.parta.access;

import jakarta.inject.Singleton;
import java.util.Arrays;
import ru.parta.base.PartaException;

/**
 * The service-side check behind every administrative write: the screens only offer these actions
 * to the right people, and the services refuse anyone else whoever calls them.
 */
@Singleton
public class Permissions {

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;

    Permissions(AccountRepository accounts, AccountRoleRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    public void requireAdmin(long actorAccountId) {
        requireAnyRole(actorAccountId, Role.ADMIN);
    }

    public void requireAnyRole(long actorAccountId, Role... allowed) {
        boolean active = accounts.findById(actorAccountId).map(Account::canSignIn).orElse(false);
        if (!active || Arrays.stream(allowed).noneMatch(role -> roles.existsByAccountIdAndRole(actorAccountId, role))) {
            throw PartaException.forbidden("permission.denied");
        }
    }
}
