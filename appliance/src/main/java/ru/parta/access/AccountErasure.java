package ru.parta.access;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;

/**
 * The access part of an erasure: the name is replaced by a placeholder, the login and password
 * hash go, sessions end, activation codes and consent records are destroyed. The account row
 * stays (with its id) so that what the person wrote is shown as from a deleted user.
 */
@Singleton
public class AccountErasure {

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;
    private final ActivationCodeRepository codes;
    private final ConsentRecordRepository consents;
    private final AccountService accountService;
    private final SessionService sessions;
    private final Permissions permissions;
    private final EventBus events;
    private final Clock clock;

    AccountErasure(AccountRepository accounts, AccountRoleRepository roles, ActivationCodeRepository codes,
                   ConsentRecordRepository consents, AccountService accountService, SessionService sessions,
                   Permissions permissions, EventBus events, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.codes = codes;
        this.consents = consents;
        this.accountService = accountService;
        this.sessions = sessions;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** Runs in the caller's transaction (the whole erasure is one). */
    @Transactional
    public ErasedAccount eraseAccount(long accountId, String placeholderName, Actor actor) {
        permissions.requireAdmin(actor);
        Account account = accounts.findById(accountId).orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (account.status() == AccountStatus.ERASED) {
            throw PartaException.conflict("erasure.already");
        }
        if (roles.existsByAccountIdAndRole(accountId, Role.ADMIN)) {
            accountService.requireAnotherAdmin(accountId);
        }
        List<String> categories = new ArrayList<>(List.of("erasure.category.name"));
        if (account.login() != null) {
            categories.add("erasure.category.credentials");
        }
        sessions.endEverySession(accountId, "erased", actor.auditId());
        if (codes.existsById(accountId)) {
            codes.deleteById(accountId);
            categories.add("erasure.category.activationCode");
        }
        if (consents.countByAccountIdOrSubjectAccountId(accountId, accountId) > 0) {
            consents.deleteByAccountIdOrSubjectAccountId(accountId, accountId);
            categories.add("erasure.category.consents");
        }
        accounts.update(account.erased(placeholderName, clock.instant()));
        events.publish(new AccountChanged(accountService.findPerson(accountId).orElseThrow()));
        return new ErasedAccount(accountId, account.fullName(), account.login(), categories);
    }
}
