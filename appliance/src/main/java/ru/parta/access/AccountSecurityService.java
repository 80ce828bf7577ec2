package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * A person's own defences: changing the password (every other session ends) and "someone else
 * is in my account" (other sessions end, a new password is required, administrators get a report).
 */
@Singleton
public class AccountSecurityService {

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final Credentials credentials;
    private final PasswordHasher hasher;
    private final SessionService sessions;
    private final SecurityReportRepository reports;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    AccountSecurityService(AccountRepository accounts, AccountService accountService, Credentials credentials,
                           PasswordHasher hasher, SessionService sessions, SecurityReportRepository reports,
                           Permissions permissions, AuditLog auditLog, EventBus events, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.credentials = credentials;
        this.hasher = hasher;
        this.sessions = sessions;
        this.reports = reports;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Changes a person's own password after checking the current one; every other session of
     * theirs ends, so whoever else knew the old password is out.
     */
    @Transactional
    public void changePassword(Actor actor, String currentPassword, String newPassword,
                               @Nullable String clientAddress) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        String keepSessionId = actor.sessionId();
        Account account = accounts.findById(accountId).filter(Account::canSignIn)
                .orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (currentPassword == null || !hasher.matches(currentPassword, account.passwordHash())) {
            throw PartaException.invalid("password.currentWrong");
        }
        credentials.checkPassword(account.login(), newPassword);
        if (hasher.matches(newPassword, account.passwordHash())) {
            throw PartaException.invalid("password.sameAsOld");
        }
        accounts.update(account.withPassword(hasher.hash(newPassword), false));
        sessions.endSessionsBut(accountId, keepSessionId, "passwordChanged");
        auditLog.recordEvent("password.changed", accountId, account.login(), clientAddress);
        events.publish(new AccountChanged(accountService.findPerson(accountId).orElseThrow()));
    }

    /**
     * "Someone else is using my account": ends every other session, requires a new password before
     * anything else, and files a security report for the administrators.
     */
    @Transactional
    public void reportCompromise(Actor actor, @Nullable String clientAddress) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        String keepSessionId = actor.sessionId();
        Account account = accounts.findById(accountId).filter(Account::canSignIn)
                .orElseThrow(() -> PartaException.notFound("person.notFound"));
        accounts.update(account.withPassword(account.passwordHash(), true));
        sessions.endSessionsBut(accountId, keepSessionId, "compromised");
        reports.save(new SecurityReport(null, accountId, clock.instant(), clientAddress, null, null));
        auditLog.recordEvent("security.reported", accountId, account.login(), clientAddress);
        events.publish(new SecurityReported(accountId));
    }

    public List<SecurityReport> findOpenReports(Actor actor) {
        permissions.requireAdmin(actor);
        return reports.findByResolvedAtIsNullOrderByReportedAtDesc();
    }

    @Transactional
    public void resolveReport(long reportId, Actor actor) {
        permissions.requireAdmin(actor);
        SecurityReport report = reports.findById(reportId)
                .orElseThrow(() -> PartaException.notFound("security.report.notFound"));
        reports.update(new SecurityReport(report.id(), report.accountId(), report.reportedAt(), report.clientAddress(),
                clock.instant(), actor.auditId()));
        auditLog.recordEvent("security.reportResolved", actor.auditId(), String.valueOf(report.accountId()), null);
    }
}
