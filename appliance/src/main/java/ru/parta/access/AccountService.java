package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/** The one write path for accounts and their roles. */
@Singleton
public class AccountService {

    static final int FULL_NAME_MAX = 200;

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;
    private final Credentials credentials;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    AccountService(AccountRepository accounts, AccountRoleRepository roles, Credentials credentials,
                   PasswordHasher hasher, AuditLog auditLog, EventBus events, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.credentials = credentials;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a new account's fields without writing anything: the same checks as creation. */
    public void checkNewAccount(String fullName, String login, String password) {
        cleanFullName(fullName);
        String normalized = credentials.checkLogin(login);
        credentials.checkPassword(normalized, password);
    }

    @Transactional
    public AccountSummary createAccount(String fullName, String login, String password, Set<Role> accountRoles,
                                        @Nullable Long actorAccountId, @Nullable String clientAddress) {
        String name = cleanFullName(fullName);
        String normalized = credentials.checkLogin(login);
        credentials.checkPassword(normalized, password);
        if (accountRoles == null || accountRoles.isEmpty()) {
            throw PartaException.invalid("account.roles.required");
        }
        if (accounts.existsByLogin(normalized)) {
            throw PartaException.conflict("login.taken", normalized);
        }
        Account account = accounts.save(
                new Account(null, normalized, name, hasher.hash(password), true, clock.instant()));
        for (Role role : EnumSet.copyOf(accountRoles)) {
            roles.save(new AccountRole(null, account.id(), role));
        }
        AccountSummary summary = new AccountSummary(account.id(), normalized, name, accountRoles);
        auditLog.recordEvent("account.created", actorAccountId, normalized + " " + EnumSet.copyOf(accountRoles),
                clientAddress);
        events.publish(new AccountCreated(summary));
        return summary;
    }

    public Optional<AccountSummary> findAccount(long accountId) {
        return accounts.findById(accountId).filter(Account::enabled).map(this::summarize);
    }

    public long countWithRole(Role role) {
        return roles.countByRole(role);
    }

    AccountSummary summarize(Account account) {
        return new AccountSummary(account.id(), account.login(), account.fullName(),
                Set.copyOf(roles.findRoleByAccountId(account.id())));
    }

    private static String cleanFullName(String fullName) {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw PartaException.invalid("account.fullName.required");
        }
        if (name.length() > FULL_NAME_MAX) {
            throw PartaException.invalid("account.fullName.tooLong", FULL_NAME_MAX);
        }
        return name;
    }
}
