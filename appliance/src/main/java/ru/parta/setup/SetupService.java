package ru.parta.setup;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.LoginThrottle;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.school.SchoolService;

/** The first-run wizard's one write path, and the setup code it needs. */
@Singleton
public class SetupService {

    static final String WRONG_CODE = "setup.code.wrong";

    private final SetupStateRepository states;
    private final AccountService accountService;
    private final SchoolService schoolService;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final EventBus events;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    /** Setup never becomes undone, so once seen complete it need not be read again. */
    private final AtomicBoolean complete = new AtomicBoolean();

    SetupService(SetupStateRepository states, AccountService accountService, SchoolService schoolService,
                 LoginThrottle throttle, AuditLog auditLog, EventBus events,
                 TransactionOperations<Connection> transactions, Clock clock) {
        this.states = states;
        this.accountService = accountService;
        this.schoolService = schoolService;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean isSetupComplete() {
        if (complete.get()) {
            return true;
        }
        boolean done = states.findById(SetupState.THE_STATE).map(s -> s.completedAt() != null).orElse(false);
        if (done) {
            complete.set(true);
        }
        return done;
    }

    /**
     * Makes a fresh setup code and voids the previous one; returns it for the log, or nothing
     * once setup is complete. Each start of an unset installation issues a new code.
     */
    @Transactional
    public java.util.Optional<String> issueSetupCode() {
        if (isSetupComplete()) {
            return java.util.Optional.empty();
        }
        String code = SetupCode.generate();
        String hash = SetupCode.hash(code);
        if (states.existsById(SetupState.THE_STATE)) {
            if (states.replaceCode(hash, clock.instant()) == 0) {
                return java.util.Optional.empty();
            }
        } else {
            states.save(new SetupState(SetupState.THE_STATE, hash, clock.instant(), null));
        }
        auditLog.recordEvent("setup.codeIssued", null, null, null);
        return java.util.Optional.of(code);
    }

    /**
     * Creates the school and its first administrator in one transaction, for the holder of the
     * current setup code, once. Every field is checked before the code is spent.
     */
    public AccountSummary completeSetup(SetupRequest request, String clientAddress) {
        if (isSetupComplete()) {
            throw PartaException.conflict("setup.alreadyDone");
        }
        if (request.setupCode() == null || request.setupCode().isBlank()) {
            throw PartaException.invalid("setup.code.required");
        }
        schoolService.checkSchool(request.schoolName(), request.timeZone());
        accountService.checkNewAccount(request.administratorName(), request.administratorLogin(),
                request.administratorPassword());
        throttle.checkCodeAllowed(clientAddress);
        try {
            AccountSummary admin = transactions.executeWrite(status -> createSchoolAndAdministrator(request,
                    clientAddress));
            complete.set(true);
            return admin;
        } catch (PartaException e) {
            if (WRONG_CODE.equals(e.messageKey())) {
                throttle.recordWrongCode(clientAddress, "setup.wrongCode");
            }
            throw e;
        }
    }

    private AccountSummary createSchoolAndAdministrator(SetupRequest request, String clientAddress) {
        if (states.claim(SetupCode.hash(request.setupCode()), clock.instant()) != 1) {
            if (states.findById(SetupState.THE_STATE).map(s -> s.completedAt() != null).orElse(false)) {
                throw PartaException.conflict("setup.alreadyDone");
            }
            throw PartaException.invalid(WRONG_CODE);
        }
        AccountSummary admin = accountService.createAccount(request.administratorName(),
                request.administratorLogin(), request.administratorPassword(), Set.of(Role.ADMIN), Actor.SYSTEM,
                clientAddress);
        schoolService.createSchool(request.schoolName(), request.timeZone(), Actor.SYSTEM);
        auditLog.recordEvent("setup.completed", admin.id(), request.schoolName(), clientAddress);
        events.publish(new SetupCompleted(request.schoolName().strip(), admin.id()));
        return admin;
    }
}
