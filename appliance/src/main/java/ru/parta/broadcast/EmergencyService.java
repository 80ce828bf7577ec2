package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.base.i18n.Messages;
import ru.parta.channel.ChannelService;
import ru.parta.chat.ChatService;
import ru.parta.chat.NewMessage;

/**
 * The emergency alert: an administrator or the director raises it (fire drill, evacuation,
 * lockdown, weather) and every display drops what it shows for a full-screen alert with a sound,
 * until it is cleared or expires. At most one stands; a new one replaces it. In the same step the
 * text can go to the school channel as an urgent post (which passes quiet hours): the alert and the
 * post are one transaction, so there is never one without the other.
 */
@Singleton
public class EmergencyService {

    static final int BODY_MAX = 500;

    private final EmergencyAlertRepository alerts;
    private final Permissions permissions;
    private final AccountService accounts;
    private final ChatService chats;
    private final ChannelService channels;
    private final TextGuard textGuard;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    EmergencyService(EmergencyAlertRepository alerts, Permissions permissions, AccountService accounts,
                     ChatService chats, ChannelService channels, TextGuard textGuard, AuditLog auditLog,
                     EventBus events, Clock clock) {
        this.alerts = alerts;
        this.permissions = permissions;
        this.accounts = accounts;
        this.chats = chats;
        this.channels = channels;
        this.textGuard = textGuard;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Raises the alert on every display; {@code minutes} (none: until cleared) and the school channel post are optional. */
    @Transactional
    public long raiseAlert(AlertKind kind, String text, @Nullable Integer minutes, boolean postToSchool, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR);
        permissions.requirePerson(actor);
        String body = text == null ? "" : text.strip();
        if (kind == null) {
            throw PartaException.invalid("alert.kindRequired");
        }
        if (body.isEmpty()) {
            throw PartaException.invalid("alert.textRequired");
        }
        if (body.length() > BODY_MAX) {
            throw PartaException.invalid("alert.textTooLong", BODY_MAX);
        }
        if (minutes != null && (minutes < 1 || minutes > 24 * 60)) {
            throw PartaException.invalid("alert.minutesOutOfRange");
        }
        textGuard.requireAcceptable(body, "alert", actor.accountId());
        Instant now = clock.instant();
        for (EmergencyAlert standing : alerts.lockUncleared()) {
            alerts.clear(standing.id(), now, actor.accountId());
        }
        Long messageId = null;
        if (postToSchool) {
            String post = Messages.core().translate(kind.messageKey(), Messages.RUSSIAN) + ". " + body;
            ru.parta.chat.PostOutcome outcome = chats.postMessage(new NewMessage(channels.findSchoolChannelChat(),
                    "alert-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24), post, null, true, List.of(), List.of()), actor);
            messageId = outcome.delivered() == null ? null : outcome.delivered().id();
        }
        EmergencyAlert saved = alerts.save(new EmergencyAlert(null, kind, body, actor.accountId(), now,
                minutes == null ? null : now.plus(Duration.ofMinutes(minutes)), null, null, messageId));
        auditLog.recordEvent("alert.raised", actor.auditId(), saved.id() + " " + kind + " \"" + body + "\""
                + (messageId == null ? "" : " posted " + messageId), null);
        events.publish(new AlertChanged());
        return saved.id();
    }

    /** Clears the standing alert; the displays go back to what they showed. */
    @Transactional
    public void clearAlert(Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR);
        List<EmergencyAlert> standing = alerts.lockUncleared();
        if (standing.isEmpty()) {
            throw PartaException.notFound("alert.none");
        }
        Instant now = clock.instant();
        for (EmergencyAlert alert : standing) {
            alerts.clear(alert.id(), now, actor.auditId());
            auditLog.recordEvent("alert.cleared", actor.auditId(), String.valueOf(alert.id()), null);
        }
        events.publish(new AlertChanged());
    }

    /** Alerts past their expiry are cleared by the appliance. */
    @Transactional
    void clearExpired() {
        Instant now = clock.instant();
        boolean cleared = false;
        for (EmergencyAlert alert : alerts.findUncleared()) {
            if (!alert.stands(now)) {
                alerts.clear(alert.id(), alert.expiresAt(), null);
                auditLog.recordEvent("alert.expired", null, String.valueOf(alert.id()), null);
                cleared = true;
            }
        }
        if (cleared) {
            events.publish(new AlertChanged());
        }
    }

    /** The alert standing now, if any. */
    public Optional<AlertInfo> findStandingAlert() {
        Instant now = clock.instant();
        return alerts.findUncleared().stream().filter(a -> a.stands(now)).findFirst().map(a -> info(a, names(List.of(a))));
    }

    /** The latest alerts, for the log on the control screen. */
    public List<AlertInfo> findLatestAlerts(long viewerId) {
        if (!accounts.findAccount(viewerId).map(a -> a.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.DIRECTOR))).orElse(false)) {
            return List.of();
        }
        List<EmergencyAlert> latest = alerts.findLatest(20);
        Map<Long, AccountSummary> names = names(latest);
        return latest.stream().map(a -> info(a, names)).toList();
    }

    /** Whether the person may raise and clear alerts. */
    public boolean mayRaiseAlerts(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.DIRECTOR)))
                .orElse(false);
    }

    private Map<Long, AccountSummary> names(List<EmergencyAlert> list) {
        return accounts.findPeople(list.stream().map(EmergencyAlert::raisedBy).toList());
    }

    private static AlertInfo info(EmergencyAlert alert, Map<Long, AccountSummary> names) {
        AccountSummary by = names.get(alert.raisedBy());
        return new AlertInfo(alert.id(), alert.kind(), alert.body(), by == null ? "" : by.fullName(), alert.raisedAt(),
                alert.expiresAt(), alert.clearedAt(), alert.messageId() != null);
    }
}
