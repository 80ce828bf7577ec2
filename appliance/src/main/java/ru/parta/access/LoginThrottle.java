package ru.parta.access;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Slows down guessing. A login is locked when it has failed {@code accountFailureLimit} times
 * within {@code accountFailureWindow}; the lock lasts {@code accountLockDuration} from the last of
 * those failures. A client address is locked the same way with its own (higher) numbers, so one
 * device cannot try many logins. The lock is computed from the stored failures alone: it survives
 * a restart and needs no state of its own.
 *
 * <p>Wrong one-time codes (activation, setup, invitation) are counted apart, per device, with a
 * limit made for wide guessing rather than typos ({@code codeFailureLimit}, 20 by default): the
 * codes are long random secrets, a classroom computer is shared by a whole class, and a few typos
 * must neither stop the next pupil from activating nor lock the device's sign-ins.
 */
@Singleton
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final AccessProperties properties;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, AccessProperties properties, AuditLog auditLog, EventBus events,
                  Clock clock) {
        this.failures = failures;
        this.properties = properties;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses, with the minutes left, when the login or the address is locked. */
    public void checkAllowed(String login, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> loginLock = loginLockedUntil(login, now);
        if (loginLock.isPresent()) {
            throw PartaException.limit("login.locked", minutesLeft(now, loginLock.get()));
        }
        Optional<Instant> addressLock = addressLockedUntil(clientAddress, now);
        if (addressLock.isPresent()) {
            throw PartaException.limit("login.addressLocked", minutesLeft(now, addressLock.get()));
        }
    }

    /** Refuses, with the minutes left, when this device has typed too many wrong codes lately. */
    public void checkCodeAllowed(String clientAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.getCodeFailureWindow()).minus(properties.getCodeLockDuration());
        Optional<Instant> lock = lockedUntil(failures.findByLoginAndFailedAtAfterOrderByFailedAtDesc(
                codeKey(clientAddress), since), now, properties.getCodeFailureLimit(), properties.getCodeFailureWindow(),
                properties.getCodeLockDuration());
        if (lock.isPresent()) {
            throw PartaException.limit("code.deviceLocked", minutesLeft(now, lock.get()));
        }
    }

    /** Records a wrong code typed on a device; it counts towards that device's code limit only. */
    @Transactional
    public void recordWrongCode(String clientAddress, String action) {
        failures.save(new LoginFailure(null, codeKey(clientAddress), clientAddress, clock.instant(), FailureKind.CODE));
        auditLog.recordEvent(action, null, null, clientAddress);
    }

    /**
     * Records a failed attempt in its own transaction (it must survive the refusal that follows),
     * and tells whether this failure locked the login.
     */
    @Transactional
    public Optional<Instant> recordFailure(String login, String clientAddress, String action) {
        Instant now = clock.instant();
        failures.save(new LoginFailure(null, login, clientAddress, now, FailureKind.SIGN_IN));
        auditLog.recordEvent(action, null, login, clientAddress);
        Optional<Instant> lockedUntil = loginLockedUntil(login, now);
        if (lockedUntil.isPresent()) {
            auditLog.recordEvent("signin.locked", null, login, clientAddress);
            events.publish(new SignInLocked(login, clientAddress, lockedUntil.get()));
        }
        return lockedUntil;
    }

    /** A successful sign-in forgets the login's failures (the address keeps its own). */
    @Transactional
    public void clearFailures(String login) {
        failures.deleteByLogin(login);
    }

    /** Housekeeping: failures older than every window no longer matter. */
    @Transactional
    public void forgetOldFailures() {
        Duration longest = properties.getAccountFailureWindow().plus(properties.getAccountLockDuration())
                .plus(properties.getAddressFailureWindow()).plus(properties.getAddressLockDuration())
                .plus(properties.getCodeFailureWindow()).plus(properties.getCodeLockDuration());
        failures.deleteByFailedAtBefore(clock.instant().minus(longest));
    }

    private static String codeKey(String clientAddress) {
        return "code@" + clientAddress;
    }

    public int minutesLeft(Instant now, Instant until) {
        long seconds = Math.max(0, Duration.between(now, until).toSeconds());
        return (int) Math.max(1, (seconds + 59) / 60);
    }

    private Optional<Instant> loginLockedUntil(String login, Instant now) {
        Instant since = now.minus(properties.getAccountFailureWindow()).minus(properties.getAccountLockDuration());
        return lockedUntil(failures.findByLoginAndFailedAtAfterOrderByFailedAtDesc(login, since), now,
                properties.getAccountFailureLimit(), properties.getAccountFailureWindow(),
                properties.getAccountLockDuration());
    }

    private Optional<Instant> addressLockedUntil(String clientAddress, Instant now) {
        Instant since = now.minus(properties.getAddressFailureWindow()).minus(properties.getAddressLockDuration());
        return lockedUntil(failures.findByClientAddressAndKindAndFailedAtAfterOrderByFailedAtDesc(clientAddress,
                        FailureKind.SIGN_IN, since), now, properties.getAddressFailureLimit(), properties.getAddressFailureWindow(),
                properties.getAddressLockDuration());
    }

    /**
     * Newest first: if the newest {@code limit} failures fit in the window, the lock runs from the
     * newest of them. Attempts during a lock are refused before they are checked, so they do not
     * extend it.
     */
    static Optional<Instant> lockedUntil(List<LoginFailure> newestFirst, Instant now, int limit, Duration window,
                                         Duration lock) {
        if (newestFirst.size() < limit) {
            return Optional.empty();
        }
        Instant newest = newestFirst.get(0).failedAt();
        Instant oldestOfRun = newestFirst.get(limit - 1).failedAt();
        if (Duration.between(oldestOfRun, newest).compareTo(window) > 0) {
            return Optional.empty();
        }
        Instant until = newest.plus(lock);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
