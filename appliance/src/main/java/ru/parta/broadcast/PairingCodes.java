package ru.parta.broadcast;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.parta.base.PartaException;
import ru.parta.base.Tokens;

/**
 * The codes unpaired displays show, kept in memory only: a code lives minutes, and a display whose
 * code was lost with a restart simply asks for a new one. A display knows its code by a secret
 * nonce only it holds, and collects its credential with that nonce once an administrator entered
 * the code. Six digits are easy to read across a classroom; guessing is throttled per
 * administrator and for the whole school, so even a stolen administrator account cannot try more
 * than a handful of the million codes before every one has expired.
 */
@Singleton
class PairingCodes {

    /** Open codes at most: a flood of requests cannot fill the memory. */
    static final int MAX_OPEN = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BroadcastProperties properties;
    private final Clock clock;
    private final Map<String, Pending> byCode = new HashMap<>();
    private final Map<String, Pending> byNonce = new HashMap<>();
    private final Map<String, Deque<Instant>> requestsByAddress = new HashMap<>();
    private final Map<Long, Deque<Instant>> wrongByAccount = new HashMap<>();
    private final Deque<Instant> wrongInSchool = new ArrayDeque<>();

    PairingCodes(BroadcastProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A new code for a display at this address; refused (LIMIT) when the address asks too often. */
    synchronized Pending open(String address) {
        Instant now = clock.instant();
        forgetExpired(now);
        Deque<Instant> asked = recent(requestsByAddress.computeIfAbsent(address, a -> new ArrayDeque<>()), now);
        if (asked.size() >= properties.getPairingCodesPerAddress() || byCode.size() >= MAX_OPEN) {
            throw PartaException.limit("display.pairingBusy");
        }
        asked.add(now);
        String code;
        do {
            code = String.format("%06d", RANDOM.nextInt(1_000_000));
        } while (byCode.containsKey(code));
        Pending pending = new Pending(code, Tokens.generate(), now.plus(properties.getPairingCodeLife()));
        byCode.put(code, pending);
        byNonce.put(pending.nonce, pending);
        return pending;
    }

    /**
     * The display showing this code, taken off the list so nobody else can pair it; a wrong or
     * expired code counts against the administrator and the school.
     */
    synchronized Pending take(String typed, long accountId) {
        Instant now = clock.instant();
        forgetExpired(now);
        Deque<Instant> wrong = recent(wrongByAccount.computeIfAbsent(accountId, a -> new ArrayDeque<>()), now);
        recent(wrongInSchool, now);
        if (wrong.size() >= properties.getPairingAttempts() || wrongInSchool.size() >= 5 * properties.getPairingAttempts()) {
            throw PartaException.limit("display.pairingLocked", properties.getPairingWindow().toMinutes());
        }
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        Pending pending = byCode.remove(code);
        if (pending == null) {
            wrong.add(now);
            wrongInSchool.add(now);
            throw PartaException.invalid("display.pairingCodeWrong");
        }
        return pending;
    }

    /** The display's credential once it was paired (given out once), else empty; expired nonces are empty too. */
    synchronized Optional<String> collect(String nonce) {
        Pending pending = byNonce.get(nonce);
        if (pending == null || pending.credential == null) {
            return Optional.empty();
        }
        byNonce.remove(nonce);
        return Optional.of(pending.credential);
    }

    /** Whether the nonce still waits for its code to be entered. */
    synchronized boolean isWaiting(String nonce) {
        forgetExpired(clock.instant());
        return byNonce.containsKey(nonce);
    }

    /** Hands the new credential to the waiting display. */
    synchronized void fulfil(Pending pending, String credential) {
        pending.credential = credential;
        byNonce.put(pending.nonce, pending);
    }

    private void forgetExpired(Instant now) {
        byCode.values().removeIf(p -> !p.expiresAt.isAfter(now));
        // A paired display has as long again to collect its credential.
        byNonce.values().removeIf(p -> !p.expiresAt.plus(properties.getPairingCodeLife()).isAfter(now));
        requestsByAddress.values().removeIf(times -> recent(times, now).isEmpty());
        wrongByAccount.values().removeIf(times -> recent(times, now).isEmpty());
    }

    private Deque<Instant> recent(Deque<Instant> times, Instant now) {
        Instant since = now.minus(properties.getPairingWindow());
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.pollFirst();
        }
        return times;
    }

    /** A code on a display's screen and the nonce the display collects its credential with. */
    static final class Pending {
        final String code;
        final String nonce;
        final Instant expiresAt;
        private String credential;

        Pending(String code, String nonce, Instant expiresAt) {
            this.code = code;
            this.nonce = nonce;
            this.expiresAt = expiresAt;
        }
    }
}
