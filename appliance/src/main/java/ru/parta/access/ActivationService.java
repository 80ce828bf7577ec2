package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Activation codes: issued to people the school brought in, exchanged once for a login and a
 * password of the person's choosing. Wrong codes count against the address like wrong passwords.
 */
@Singleton
public class ActivationService {

    private final ActivationCodeRepository codes;
    private final AccountRepository accounts;
    private final ConsentRecordRepository consents;
    private final AccountService accountService;
    private final Credentials credentials;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AccessProperties properties;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;

    ActivationService(ActivationCodeRepository codes, AccountRepository accounts, ConsentRecordRepository consents,
                      AccountService accountService, Credentials credentials, PasswordHasher hasher,
                      LoginThrottle throttle, AccessProperties properties, AuditLog auditLog, EventBus events,
                      Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.codes = codes;
        this.accounts = accounts;
        this.consents = consents;
        this.accountService = accountService;
        this.credentials = credentials;
        this.hasher = hasher;
        this.throttle = throttle;
        this.properties = properties;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Gives a person who has not activated yet a fresh code; any earlier code stops working. */
    @Transactional
    public PendingCode issueCode(long accountId, Actor actor) {
        permissions.requireAdmin(actor);
        return renewCode(accountId, actor.auditId());
    }

    /**
     * Issues a code without a permission check, for callers that made their own: a class teacher
     * printing their class's slips holds no administrator role.
     */
    @Transactional
    @InternalStep("SlipService, after checking the printer is an administrator or the class teacher")
    public PendingCode renewCode(long accountId, @Nullable Long issuedBy) {
        Account account = accounts.findById(accountId).orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (account.status() != AccountStatus.PENDING) {
            throw PartaException.conflict("activation.alreadyActive", account.fullName());
        }
        String code = uniqueCode();
        Instant now = clock.instant();
        ActivationCode issued = new ActivationCode(accountId, code, now, now.plus(properties.getActivationCodeValidity()),
                null);
        if (codes.existsById(accountId)) {
            codes.update(issued);
        } else {
            codes.save(issued);
        }
        auditLog.recordEvent("activation.codeIssued", issuedBy, String.valueOf(accountId), null);
        return toPending(issued);
    }

    /** The current codes of these people (those who have one), for slips and people screens. */
    public Map<Long, PendingCode> findCodes(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return codes.findByAccountIdIn(Set.copyOf(accountIds)).stream()
                .collect(Collectors.toMap(ActivationCode::accountId, ActivationService::toPending));
    }

    public boolean isExpired(PendingCode code) {
        return !code.expiresAt().isAfter(clock.instant());
    }

    /** Whose code this is; a wrong, used or expired code gets its own clear answer. */
    public CodeHolder describeCode(String typedCode, String clientAddress) {
        ActivationCode code = checkCode(typedCode, clientAddress);
        AccountSummary person = accountService.findPerson(code.accountId()).orElseThrow();
        return new CodeHolder(person, code.code(), code.expiresAt());
    }

    /**
     * Exchanges a valid code for the chosen login and password and records the consents given,
     * all in one transaction; the code is spent exactly once even if two browsers race.
     */
    @Transactional
    @InternalStep("ActivationFlow.activatePerson, after checking the activation code")
    public AccountSummary activateAccount(String typedCode, String login, String password,
                                          @Nullable ConsentGiven consent, String clientAddress) {
        ActivationCode code = checkCode(typedCode, clientAddress);
        String normalized = credentials.checkLogin(login);
        credentials.checkPassword(normalized, password);
        if (accounts.existsByLogin(normalized)) {
            throw PartaException.conflict("login.taken", normalized);
        }
        Account account = accounts.findById(code.accountId()).orElseThrow();
        if (account.status() != AccountStatus.PENDING) {
            throw PartaException.conflict("activation.code.used");
        }
        Instant now = clock.instant();
        if (codes.spend(code.accountId(), now) != 1) {
            throw PartaException.conflict("activation.code.used");
        }
        Account activated = accounts.update(account.activated(normalized, hasher.hash(password), now));
        if (consent != null) {
            for (Long subject : consent.subjectAccountIds()) {
                consents.save(new ConsentRecord(null, activated.id(), subject, consent.version(), now, clientAddress));
            }
        }
        auditLog.recordEvent("account.activated", activated.id(), normalized, clientAddress);
        AccountSummary summary = accountService.summarize(activated);
        events.publish(new AccountActivated(summary));
        return summary;
    }

    public List<ConsentRecord> findConsents(long accountId) {
        return consents.findByAccountIdOrderByIdAsc(accountId);
    }

    private ActivationCode checkCode(String typedCode, String clientAddress) {
        String normalized = ActivationCodes.normalize(typedCode);
        if (normalized.isEmpty()) {
            throw PartaException.invalid("activation.code.required");
        }
        throttle.checkCodeAllowed(clientAddress);
        ActivationCode code = codes.findByCode(normalized).orElse(null);
        if (code == null) {
            throttle.recordWrongCode(clientAddress, "activation.wrongCode");
            throw PartaException.invalid("activation.code.wrong");
        }
        if (code.usedAt() != null) {
            throw PartaException.conflict("activation.code.used");
        }
        if (!code.expiresAt().isAfter(clock.instant())) {
            throw PartaException.invalid("activation.code.expired");
        }
        return code;
    }

    private String uniqueCode() {
        String code;
        do {
            code = ActivationCodes.generate();
        } while (codes.findByCode(code).isPresent());
        return code;
    }

    private static PendingCode toPending(ActivationCode code) {
        return new PendingCode(code.accountId(), code.code(), code.expiresAt(), code.usedAt() != null);
    }

    /** The consent a person gave while activating: the text's version and whose data it covers. */
    public record ConsentGiven(String version, Set<Long> subjectAccountIds) {
    }
}
