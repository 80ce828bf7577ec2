package ru.parta.access;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Signs people in. Wrong login and wrong password get the same answer and take the same time;
 * the throttle is asked before the password is checked.
 */
@Singleton
public class AuthenticationService {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    AuthenticationService(AccountRepository accounts, AccountService accountService, PasswordHasher hasher,
                          LoginThrottle throttle, AuditLog auditLog, EventBus events, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.hasher = hasher;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    public AccountSummary signIn(String login, String password, String clientAddress) {
        String normalized = Credentials.normalizeLogin(login);
        if (normalized.isEmpty() || password == null || password.isEmpty()) {
            throw PartaException.invalid("login.credentialsRequired");
        }
        throttle.checkAllowed(normalized, clientAddress);
        Optional<Account> account = accounts.findByLogin(normalized);
        boolean matches;
        if (account.isPresent()) {
            matches = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.matchNothing(password);
            matches = false;
        }
        if (!matches) {
            Optional<java.time.Instant> locked = throttle.recordFailure(normalized, clientAddress, "signin.failed");
            if (locked.isPresent()) {
                throw PartaException.limit("login.locked", throttle.minutesLeft(clock.instant(), locked.get()));
            }
            throw PartaException.forbidden("login.failed");
        }
        if (!account.get().canSignIn()) {
            throw PartaException.forbidden("login.disabled");
        }
        return completeSignIn(account.get(), clientAddress);
    }

    @Transactional
    protected AccountSummary completeSignIn(Account account, String clientAddress) {
        throttle.clearFailures(account.login());
        AccountSummary summary = accountService.summarize(account);
        auditLog.recordEvent("signin", account.id(), account.login(), clientAddress);
        events.publish(new SignedIn(summary, clientAddress));
        return summary;
    }
}
