package ru.parta.broadcast;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.Tokens;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Paired displays: pairing by the code a display shows, naming the room, choosing the teachers who
 * control it, revoking it. Administrators pair and change displays; the director sees them; a
 * teacher sees the displays of their rooms.
 */
@Singleton
public class DisplayService {

    static final int NAME_MAX = 80;

    private final DisplayRepository displays;
    private final BroadcastRepository broadcasts;
    private final PairingCodes codes;
    private final DisplayPresence presence;
    private final DisplayAssignments assignments;
    private final Permissions permissions;
    private final AccountService accounts;
    private final TextGuard textGuard;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    DisplayService(DisplayRepository displays, BroadcastRepository broadcasts, PairingCodes codes,
                   DisplayPresence presence, DisplayAssignments assignments, Permissions permissions,
                   AccountService accounts, TextGuard textGuard, AuditLog auditLog, EventBus events, Clock clock) {
        this.displays = displays;
        this.broadcasts = broadcasts;
        this.codes = codes;
        this.presence = presence;
        this.assignments = assignments;
        this.permissions = permissions;
        this.accounts = accounts;
        this.textGuard = textGuard;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Pairs the display that shows {@code code}: it gets a credential of its own (collected by the
     * display, never shown to anyone) and the room's name. A wrong or expired code is refused and
     * counted; too many wrong codes pause pairing for a while.
     */
    @Transactional
    public long pairDisplay(String code, String name, Collection<Long> keeperIds, Actor actor) {
        permissions.requireAdmin(actor);
        String cleanName = checkName(name, 0, actor);
        Set<Long> keepers = checkKeepers(keeperIds);
        PairingCodes.Pending pending = codes.take(code, actor.accountId());
        String credential = Tokens.generate();
        Display display = displays.save(new Display(null, cleanName, hash(credential), actor.accountId(),
                clock.instant(), null, null, null, null));
        keepers.forEach(keeper -> displays.addKeeper(display.id(), keeper));
        auditLog.recordEvent("display.paired", actor.auditId(), display.id() + " " + cleanName, null);
        codes.fulfil(pending, credential);
        events.publish(new DisplayChanged(display.id()));
        return display.id();
    }

    /** Renames a display and sets the teachers who control it. */
    @Transactional
    public void changeDisplay(long displayId, String name, Collection<Long> keeperIds, Actor actor) {
        permissions.requireAdmin(actor);
        Display display = findPaired(displayId);
        String cleanName = checkName(name, displayId, actor);
        Set<Long> keepers = checkKeepers(keeperIds);
        displays.rename(displayId, cleanName);
        displays.removeKeepers(displayId);
        keepers.forEach(keeper -> displays.addKeeper(displayId, keeper));
        auditLog.recordEvent("display.changed", actor.auditId(), displayId + " " + display.name() + " -> " + cleanName
                + " keepers " + keepers, null);
        events.publish(new DisplayChanged(displayId));
    }

    /**
     * Revokes a display's credential: its connection ends at once and it shows the pairing screen
     * again. Its line of the usage log ends; a broadcast shown nowhere else stops.
     */
    @Transactional
    public void revokeDisplay(long displayId, Actor actor) {
        permissions.requireAdmin(actor);
        List<Display> locked = displays.lockPaired(List.of(displayId));
        if (locked.isEmpty()) {
            throw PartaException.notFound("display.notFound");
        }
        java.time.Instant now = clock.instant();
        Set<Long> stopped = assignments.assign(locked, null, now, actor.auditId());
        displays.revoke(displayId, now);
        auditLog.recordEvent("display.revoked", actor.auditId(), displayId + " " + locked.getFirst().name(), null);
        events.publish(new DisplayRevoked(displayId));
        events.publish(new DisplayChanged(displayId));
        stopped.forEach(b -> events.publish(new BroadcastChanged(b, List.of())));
    }

    /** Every display for administrators and the director; a teacher's own rooms' displays for a teacher. */
    public List<DisplayInfo> findDisplays(long viewerId) {
        Optional<AccountSummary> viewer = accounts.findAccount(viewerId);
        if (viewer.isEmpty() || !viewer.get().isStaff()) {
            return List.of();
        }
        boolean all = viewer.get().hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
        Set<Long> kept = all ? Set.of() : Set.copyOf(displays.findKept(viewerId));
        Map<Long, Broadcast> running = broadcasts.findUnstopped().stream()
                .collect(Collectors.toMap(Broadcast::id, Function.identity()));
        Map<Long, List<Long>> keepers = displays.findAllKeepers().stream().collect(Collectors.groupingBy(
                KeeperRow::displayId, Collectors.mapping(KeeperRow::accountId, Collectors.toList())));
        return displays.findPaired().stream().filter(d -> all || kept.contains(d.id()))
                .map(d -> info(d, running, keepers.getOrDefault(d.id(), List.of()))).toList();
    }

    /** Whether the person may pair and change displays (administrators). */
    public boolean mayManageDisplays(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasRole(Role.ADMIN)).orElse(false);
    }

    /** The staff who may be chosen to control a display. */
    public List<AccountSummary> findPossibleKeepers() {
        return accounts.findStaff();
    }

    /** A new code for a display's pairing screen (the public display page asks). */
    PairingCodes.Pending startPairing(String address) {
        return codes.open(address);
    }

    Optional<String> collectCredential(String nonce) {
        return codes.collect(nonce);
    }

    boolean isPairingWaiting(String nonce) {
        return codes.isWaiting(nonce);
    }

    Optional<Display> findDisplay(long displayId) {
        return displays.findById(displayId).filter(d -> d.revokedAt() == null);
    }

    private DisplayInfo info(Display display, Map<Long, Broadcast> running, List<Long> keepers) {
        DisplayPresence.Report report = presence.findReport(display.id());
        DisplayInfo.Shown shown = DisplayInfo.Shown.NOTHING;
        if (report != null) {
            long told = display.broadcastId() == null ? 0 : display.broadcastId();
            Broadcast broadcast = running.get(told);
            boolean upToDate = report.b() == told && (told == 0 || broadcast != null && broadcast.version() == report.v());
            shown = new DisplayInfo.Shown(true, report.b(), report.v(), report.a() > 0, upToDate);
        }
        return new DisplayInfo(display.id(), display.name(), presence.isOnline(display.id()), display.lastSeenAt(),
                display.screen(), display.broadcastId(), shown, keepers, display.pairedAt());
    }

    private Display findPaired(long displayId) {
        return findDisplay(displayId).orElseThrow(() -> PartaException.notFound("display.notFound"));
    }

    private String checkName(String name, long displayId, Actor actor) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw PartaException.invalid("display.nameRequired");
        }
        if (clean.length() > NAME_MAX) {
            throw PartaException.invalid("display.nameTooLong", NAME_MAX);
        }
        if (displays.countNamed(clean, displayId) > 0) {
            throw PartaException.conflict("display.nameTaken", clean);
        }
        textGuard.requireAcceptableName(clean, "display", actor.accountId());
        return clean;
    }

    private Set<Long> checkKeepers(Collection<Long> keeperIds) {
        Set<Long> keepers = new LinkedHashSet<>(keeperIds == null ? List.of() : keeperIds);
        Set<Long> staff = accounts.findStaff().stream().map(AccountSummary::id).collect(Collectors.toSet());
        if (!staff.containsAll(keepers)) {
            throw PartaException.invalid("display.keeperNotStaff");
        }
        return keepers;
    }

    /** Credentials are kept only as their SHA-256: the database alone cannot make a display. */
    static String hash(String credential) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
