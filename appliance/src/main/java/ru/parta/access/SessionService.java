package ru.parta.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Signed-in sessions: started at sign-in, seen on each navigation, ended by their owner, by an
 * administrator, by a password change or by disabling the account. Ending publishes
 * {@link SessionsEnded}, which closes the open screens of those sessions through push.
 */
@Singleton
public class SessionService {

    static final int USER_AGENT_MAX = 300;
    /** Last activity is written at most this often, so navigation does not write on every click. */
    static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountSessionRepository sessions;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    SessionService(AccountSessionRepository sessions, Permissions permissions, AuditLog auditLog, EventBus events,
                   Clock clock) {
        this.sessions = sessions;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public String startSession(long accountId, @Nullable String clientAddress, @Nullable String userAgent) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        String agent = userAgent == null ? null
                : userAgent.length() > USER_AGENT_MAX ? userAgent.substring(0, USER_AGENT_MAX) : userAgent;
        sessions.save(new AccountSession(id, accountId, clock.instant(), clock.instant(), clientAddress, agent, null,
                null));
        return id;
    }

    /** Whether the session still stands; notes activity at most once a minute. */
    @Transactional
    public boolean checkSession(String sessionId, long accountId) {
        AccountSession session = sessions.findById(sessionId).orElse(null);
        if (session == null || session.endedAt() != null || session.accountId() != accountId) {
            return false;
        }
        Instant now = clock.instant();
        sessions.touch(sessionId, now, now.minus(SEEN_GRANULARITY));
        return true;
    }

    public List<SessionInfo> findActiveSessions(long accountId) {
        return sessions.findByAccountIdAndEndedAtIsNullOrderByLastSeenAtDesc(accountId).stream()
                .map(s -> new SessionInfo(s.id(), s.startedAt(), s.lastSeenAt(), s.clientAddress(), s.userAgent()))
                .toList();
    }

    /** A person ends one of their own sessions (usually another device). */
    @Transactional
    public void endSession(String sessionId, Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        AccountSession session = sessions.findById(sessionId).filter(s -> s.accountId() == accountId)
                .orElseThrow(() -> PartaException.notFound("session.notFound"));
        end(accountId, Set.of(session.id()), "ended", accountId);
    }

    /** Ends every session of the acting person but the one they act through. */
    @Transactional
    public int endOtherSessions(Actor actor) {
        permissions.requirePerson(actor);
        return endSessionsBut(actor.accountId(), actor.sessionId(), "endedOthers");
    }

    /** Ends every session of the person but the one given (their current one). */
    int endSessionsBut(long accountId, @Nullable String keepSessionId, String reason) {
        Set<String> ids = new HashSet<>();
        for (AccountSession session : sessions.findByAccountIdAndEndedAtIsNullOrderByLastSeenAtDesc(accountId)) {
            if (!session.id().equals(keepSessionId)) {
                ids.add(session.id());
            }
        }
        return end(accountId, ids, reason, accountId);
    }

    /** An administrator ends every session of a person. */
    @Transactional
    public int endAllSessions(long accountId, Actor actor) {
        permissions.requireAdmin(actor);
        return endEverySession(accountId, "admin", actor.auditId());
    }

    /** Ends every session of a person without a permission check: for callers that made their own. */
    int endEverySession(long accountId, String reason, @Nullable Long actorAccountId) {
        Set<String> ids = new HashSet<>();
        sessions.findByAccountIdAndEndedAtIsNullOrderByLastSeenAtDesc(accountId).forEach(s -> ids.add(s.id()));
        return end(accountId, ids, reason, actorAccountId);
    }

    private int end(long accountId, Set<String> ids, String reason, @Nullable Long actorAccountId) {
        Instant now = clock.instant();
        Set<String> ended = new HashSet<>();
        for (String id : ids) {
            if (sessions.end(id, now, reason) == 1) {
                ended.add(id);
            }
        }
        if (!ended.isEmpty()) {
            auditLog.recordEvent("session.ended", actorAccountId, accountId + " " + reason + " " + ended.size(),
                    null);
            events.publish(new SessionsEnded(accountId, ended));
        }
        return ended.size();
    }
}
