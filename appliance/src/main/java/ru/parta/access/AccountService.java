package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/** The one write path for accounts and their roles. */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;
    private final Credentials credentials;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;
    private final SessionService sessions;

    private final TextGuard textGuard;

    AccountService(AccountRepository accounts, AccountRoleRepository roles, Credentials credentials,
                   PasswordHasher hasher, AuditLog auditLog, EventBus events, Clock clock, Permissions permissions,
                   SessionService sessions, TextGuard textGuard) {
        this.textGuard = textGuard;
        this.permissions = permissions;
        this.sessions = sessions;
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
        PersonName.clean(fullName);
        String normalized = credentials.checkLogin(login);
        credentials.checkPassword(normalized, password);
    }

    /** An account that can sign in at once (the first administrator, tests, later invitations). */
    @Transactional
    public AccountSummary createAccount(String fullName, String login, String password, Set<Role> accountRoles,
                                        Actor actor, @Nullable String clientAddress) {
        permissions.requireAdmin(actor);
        String name = PersonName.clean(fullName);
        String normalized = credentials.checkLogin(login);
        credentials.checkPassword(normalized, password);
        checkRoles(accountRoles);
        if (accounts.existsByLogin(normalized)) {
            throw PartaException.conflict("login.taken", normalized);
        }
        Account account = accounts.save(new Account(null, normalized, name, PersonName.key(name),
                hasher.hash(password), true, AccountStatus.ACTIVE, clock.instant(), false, false, clock.instant()));
        return finishCreation(account, accountRoles, actor.auditId(), clientAddress);
    }

    /**
     * Someone registering through an invitation link: an active account, or an applicant who can
     * sign in only to see their join request until it is approved.
     */
    @Transactional
    @InternalStep("InvitationService.register, after checking the invitation link")
    public AccountSummary registerAccount(String fullName, String login, String password, Set<Role> accountRoles,
                                          boolean applicant, @Nullable String clientAddress) {
        String name = PersonName.clean(fullName);
        // A name chosen by the newcomer themselves passes the filter (names the school enters are official).
        textGuard.requireAcceptableName(name, "name", 0);
        String normalized = credentials.checkLogin(login);
        credentials.checkPassword(normalized, password);
        checkRoles(accountRoles);
        if (accounts.existsByLogin(normalized)) {
            throw PartaException.conflict("login.taken", normalized);
        }
        Account account = accounts.save(new Account(null, normalized, name, PersonName.key(name),
                hasher.hash(password), true, applicant ? AccountStatus.APPLICANT : AccountStatus.ACTIVE,
                clock.instant(), false, false, clock.instant()));
        return finishCreation(account, accountRoles, null, clientAddress);
    }

    /** An applicant whose join request was approved becomes an ordinary active member. */
    @Transactional
    public AccountSummary admitApplicant(long accountId, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.TEACHER);
        Account account = requireAccount(accountId);
        if (account.status() != AccountStatus.APPLICANT) {
            return summarize(account);
        }
        Account changed = accounts.update(account.withStatus(AccountStatus.ACTIVE, clock.instant()));
        auditLog.recordEvent("account.admitted", actor.auditId(), String.valueOf(accountId), null);
        return announce(changed);
    }

    /** A person the school knows of who has not activated yet: no login, no password. */
    @Transactional
    public AccountSummary createPendingAccount(String fullName, Set<Role> accountRoles,
                                               Actor actor) {
        permissions.requireAdmin(actor);
        String name = PersonName.clean(fullName);
        checkRoles(accountRoles);
        Account account = accounts.save(new Account(null, null, name, PersonName.key(name), null, true,
                AccountStatus.PENDING, clock.instant(), false, false, clock.instant()));
        return finishCreation(account, accountRoles, actor.auditId(), null);
    }

    /** An administrator adds roles a person does not hold yet (a teacher who is also a parent); never removes any. */
    @Transactional
    public AccountSummary addRoles(long accountId, Set<Role> newRoles, Actor actor) {
        permissions.requireAdmin(actor);
        return grantRoles(accountId, newRoles, actor.auditId());
    }

    /**
     * Adds roles without a permission check, for a caller whose authority is not a role: an
     * invitation link that a teacher made places the person who uses it.
     */
    @Transactional
    @InternalStep("invitation Placement, authorized by the link its creator made")
    public AccountSummary grantRoles(long accountId, Set<Role> newRoles, @Nullable Long grantedBy) {
        Account account = requireAccount(accountId);
        Set<Role> added = EnumSet.noneOf(Role.class);
        for (Role role : newRoles) {
            if (!roles.existsByAccountIdAndRole(accountId, role)) {
                roles.save(new AccountRole(null, accountId, role));
                added.add(role);
            }
        }
        AccountSummary summary = summarize(account);
        if (!added.isEmpty()) {
            auditLog.recordEvent("account.rolesAdded", grantedBy, accountId + " " + added, null);
            events.publish(new AccountChanged(summary));
        }
        return summary;
    }

    /** Grants or withdraws the "verified teacher" badge; only for teachers. */
    @Transactional
    public AccountSummary verifyTeacher(long accountId, boolean verified, Actor actor) {
        permissions.requireAdmin(actor);
        Account account = requireAccount(accountId);
        if (!roles.existsByAccountIdAndRole(accountId, Role.TEACHER)) {
            throw PartaException.invalid("teacher.verify.notTeacher");
        }
        Account changed = accounts.update(account.withTeacherVerified(verified));
        auditLog.recordEvent(verified ? "teacher.verified" : "teacher.unverified", actor.auditId(),
                String.valueOf(accountId), null);
        return announce(changed);
    }

    /**
     * Records that a person left the school or graduated: they can no longer sign in, and what
     * they wrote stays. {@code reason} names the audit action ("left", "graduated").
     */
    @Transactional
    public AccountSummary markLeft(long accountId, String reason, Actor actor) {
        permissions.requireAdmin(actor);
        Account account = requireAccount(accountId);
        if (account.status() == AccountStatus.LEFT) {
            throw PartaException.conflict("person.alreadyLeft", account.fullName());
        }
        if (roles.existsByAccountIdAndRole(accountId, Role.ADMIN)) {
            requireAnotherAdmin(accountId);
        }
        Account changed = accounts.update(account.withStatus(AccountStatus.LEFT, clock.instant()));
        sessions.endEverySession(accountId, reason, actor.auditId());
        auditLog.recordEvent("person." + reason, actor.auditId(), String.valueOf(accountId), null);
        return announce(changed);
    }

    /** Disables or re-enables a person's account; disabling ends all their sessions at once. */
    @Transactional
    public AccountSummary setEnabled(long accountId, boolean enabled, Actor actor) {
        permissions.requireAdmin(actor);
        Account account = requireAccount(accountId);
        if (!enabled && roles.existsByAccountIdAndRole(accountId, Role.ADMIN)) {
            requireAnotherAdmin(accountId);
        }
        Account changed = accounts.update(account.withEnabled(enabled));
        if (!enabled) {
            sessions.endEverySession(accountId, "disabled", actor.auditId());
        }
        auditLog.recordEvent(enabled ? "account.enabled" : "account.disabled", actor.auditId(),
                String.valueOf(accountId), null);
        return announce(changed);
    }

    /** Takes a role away; the school always keeps at least one active administrator. */
    @Transactional
    public AccountSummary removeRole(long accountId, Role role, Actor actor) {
        permissions.requireAdmin(actor);
        Account account = requireAccount(accountId);
        List<Role> held = roles.findRoleByAccountId(accountId);
        if (!held.contains(role)) {
            return summarize(account);
        }
        if (role == Role.ADMIN) {
            requireAnotherAdmin(accountId);
        }
        if (held.size() == 1) {
            throw PartaException.invalid("account.roles.required");
        }
        roles.deleteByAccountIdAndRole(accountId, role);
        auditLog.recordEvent("account.roleRemoved", actor.auditId(), accountId + " " + role, null);
        return announce(account);
    }

    /** Refuses a change that would leave the school without an administrator who can sign in. */
    public void requireAnotherAdmin(long leavingAccountId) {
        if (accounts.countOtherActiveAdmins(leavingAccountId) == 0) {
            throw PartaException.conflict("admin.last");
        }
    }

    /** A person who may use Parta now: active and enabled. */
    public Optional<AccountSummary> findAccount(long accountId) {
        return accounts.findById(accountId).filter(Account::canSignIn).map(this::summarize);
    }

    /** The person who may use Parta now under this login (signing in by key to the console). */
    public Optional<AccountSummary> findAccountByLogin(String login) {
        return accounts.findByLogin(login).filter(Account::canSignIn).map(this::summarize);
    }

    /** A person in any state (pending, active or left). */
    public Optional<AccountSummary> findPerson(long accountId) {
        return accounts.findById(accountId).map(this::summarize);
    }

    /** Many people at once, in two queries whatever their number. */
    public Map<Long, AccountSummary> findPeople(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new HashSet<>(accountIds);
        Map<Long, Set<Role>> rolesById = new HashMap<>();
        for (AccountRole role : roles.findByAccountIdIn(ids)) {
            rolesById.computeIfAbsent(role.accountId(), id -> EnumSet.noneOf(Role.class)).add(role.role());
        }
        return accounts.findByIdIn(ids).stream().collect(Collectors.toMap(Account::id,
                account -> summarize(account, rolesById.getOrDefault(account.id(), Set.of()))));
    }

    /** Current (not departed) people with this name, whatever its case, "ё" or spacing. */
    public List<AccountSummary> findByName(String fullName) {
        return accounts.findByNameKeyAndStatusNotEqual(PersonName.key(fullName), AccountStatus.LEFT).stream()
                .map(this::summarize).toList();
    }

    /** Staff members who have not activated yet, for the staff's activation slips. */
    public List<AccountSummary> findPendingStaff() {
        return accounts.findPendingStaff().stream().map(this::summarize).toList();
    }

    /** Staff members who can sign in now, by name (authors of channels are chosen among them). */
    public List<AccountSummary> findStaff() {
        return accounts.findActiveStaff().stream().map(this::summarize).toList();
    }

    public long countWithRole(Role role) {
        return roles.countByRole(role);
    }

    private Account requireAccount(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> PartaException.notFound("person.notFound"));
    }

    /** Publishes the changed account to whoever shows it, after commit. */
    private AccountSummary announce(Account changed) {
        AccountSummary summary = summarize(changed);
        events.publish(new AccountChanged(summary));
        return summary;
    }

    AccountSummary summarize(Account account) {
        return summarize(account, Set.copyOf(roles.findRoleByAccountId(account.id())));
    }

    private static AccountSummary summarize(Account account, Set<Role> accountRoles) {
        return new AccountSummary(account.id(), account.login(), account.fullName(), accountRoles,
                account.status(), account.teacherVerified(), account.enabled(), account.passwordChangeRequired());
    }

    private AccountSummary finishCreation(Account account, Set<Role> accountRoles, @Nullable Long actorAccountId,
                                          @Nullable String clientAddress) {
        for (Role role : EnumSet.copyOf(accountRoles)) {
            roles.save(new AccountRole(null, account.id(), role));
        }
        AccountSummary summary = summarize(account, accountRoles);
        auditLog.recordEvent("account.created", actorAccountId,
                account.id() + " " + EnumSet.copyOf(accountRoles), clientAddress);
        events.publish(new AccountCreated(summary));
        return summary;
    }

    private static void checkRoles(Set<Role> accountRoles) {
        if (accountRoles == null || accountRoles.isEmpty()) {
            throw PartaException.invalid("account.roles.required");
        }
    }
}
