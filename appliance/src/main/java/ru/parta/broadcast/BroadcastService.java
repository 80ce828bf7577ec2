package ru.parta.broadcast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.files.FilePlace;
import ru.parta.files.FileService;
import ru.parta.files.StoredFile;

/**
 * Broadcasts on the classroom displays: start one on every display, some rooms or one; flip its
 * pages, pause its video, darken the screen, stop it. Administrators and the director broadcast
 * anywhere; a teacher on the displays of their rooms. A display showing someone else's broadcast
 * switches only when the starter confirms the replacement, and a teacher can never replace an
 * administrator's broadcast or one on rooms not theirs. Changes of one broadcast are made one at a
 * time under its row lock, so two people flipping at once end on one page, never skip.
 */
@Singleton
public class BroadcastService {

    private final BroadcastRepository broadcasts;
    private final DisplayRepository displays;
    private final DisplayAssignments assignments;
    private final BroadcastContent content;
    private final SlideRenderer slides;
    private final FileService files;
    private final Permissions permissions;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    BroadcastService(BroadcastRepository broadcasts, DisplayRepository displays, DisplayAssignments assignments,
                     BroadcastContent content, SlideRenderer slides, FileService files, Permissions permissions,
                     AccountService accounts, AuditLog auditLog, EventBus events, Clock clock) {
        this.broadcasts = broadcasts;
        this.displays = displays;
        this.assignments = assignments;
        this.content = content;
        this.slides = slides;
        this.files = files;
        this.permissions = permissions;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a broadcast; its displays switch to it within a fraction of a second. Returns its id. */
    @Transactional
    public long startBroadcast(NewBroadcast request, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR, Role.TEACHER);
        return start(request, actor.accountId(), isManager(actor.accountId()), null, null);
    }

    /** Started by a plan, as the person who made it (checked again now: they may have left). */
    @Transactional
    long startPlanned(NewBroadcast request, long plannerId, long scheduleId, Instant endsAt) {
        AccountSummary planner = accounts.findAccount(plannerId).filter(AccountSummary::isStaff)
                .filter(AccountSummary::enabled)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
        return start(request, planner.id(), isManager(planner.id()), scheduleId, endsAt);
    }

    private long start(NewBroadcast request, long starterId, boolean manager, @Nullable Long scheduleId,
                       @Nullable Instant plannedEnd) {
        BroadcastContent.Checked checked = content.check(request, starterId);
        List<Display> targets = lockTargets(request, starterId, manager);
        Instant now = clock.instant();
        for (Display display : targets) {
            checkReplaceable(display, request.replace(), starterId, manager, now);
        }
        if (request.minutes() != null && (request.minutes() < 1 || request.minutes() > 24 * 60)) {
            throw PartaException.invalid("broadcast.minutesOutOfRange");
        }
        Instant endsAt = plannedEnd != null ? plannedEnd
                : request.minutes() == null ? null : now.plus(Duration.ofMinutes(request.minutes()));
        Broadcast saved = broadcasts.save(new Broadcast(null, checked.kind(), checked.title(), checked.body(),
                checked.fileId(), checked.conversationId(), checked.pages(), 1, false, false, 1, starterId, now,
                endsAt, null, null, scheduleId));
        for (int i = 0; i < checked.imageIds().size(); i++) {
            broadcasts.addImage(saved.id(), i, checked.imageIds().get(i));
        }
        Set<Long> stopped = assignments.assign(targets, saved.id(), now, starterId);
        auditLog.recordEvent("broadcast.started", starterId, saved.id() + " " + checked.kind() + " \"" + checked.title()
                + "\" on " + targets.stream().map(Display::id).toList(), null);
        if (checked.kind() == BroadcastKind.SLIDES && checked.file() != null) {
            slides.drawAhead(checked.file(), checked.pages());
        }
        events.publish(new BroadcastChanged(saved.id(), targets.stream().map(Display::id).toList()));
        stopped.forEach(old -> events.publish(new BroadcastChanged(old, List.of())));
        return saved.id();
    }

    /** Shows page {@code page} (1-based) of a broadcast of slides or pictures. */
    @Transactional
    public void showPage(long broadcastId, int page, Actor actor) {
        change(broadcastId, actor, broadcast -> {
            if (!broadcast.kind().hasPages()) {
                throw PartaException.invalid("broadcast.noPages");
            }
            return broadcast.atPage(Math.max(1, Math.min(broadcast.pages(), page)));
        });
    }

    @Transactional
    public void pauseBroadcast(long broadcastId, boolean paused, Actor actor) {
        change(broadcastId, actor, broadcast -> broadcast.paused(paused));
    }

    /** Darkens the displays (or lights them again) without stopping the broadcast. */
    @Transactional
    public void blankBroadcast(long broadcastId, boolean blank, Actor actor) {
        change(broadcastId, actor, broadcast -> broadcast.blank(blank));
    }

    /** Stops a broadcast: its displays go back to the idle screen. */
    @Transactional
    public void stopBroadcast(long broadcastId, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR, Role.TEACHER);
        Broadcast broadcast = lockRunning(broadcastId, actor);
        stop(broadcast, actor.auditId());
    }

    /** Broadcasts whose time ran out (a set duration, a plan's end) stop by themselves. */
    @Transactional
    void stopExpired() {
        for (Broadcast due : broadcasts.findDue(clock.instant())) {
            broadcasts.findForUpdate(due.id()).filter(b -> b.stoppedAt() == null).ifPresent(b -> stop(b, null));
        }
    }

    private void stop(Broadcast broadcast, @Nullable Long by) {
        Instant now = clock.instant();
        List<Display> showing = displays.lockPaired(displays.findShowing(broadcast.id()).stream().map(Display::id).toList());
        assignments.assign(showing, null, now, by);
        broadcasts.update(broadcast.stopped(now, by));
        auditLog.recordEvent("broadcast.stopped", by, broadcast.id() + " \"" + broadcast.title() + "\"", null);
        events.publish(new BroadcastChanged(broadcast.id(), showing.stream().map(Display::id).toList()));
    }

    /** A file for the displays, uploaded by a staff member; it can then be shown or planned. */
    @Transactional
    public StoredFile uploadBroadcastFile(String fileName, InputStream content, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR, Role.TEACHER);
        return files.uploadFile(FilePlace.BROADCAST, 0, fileName, content, actor.accountId());
    }

    /** Files uploaded for the displays, newest first. */
    public List<StoredFile> findBroadcastFiles(long viewerId) {
        boolean staff = accounts.findAccount(viewerId).map(AccountSummary::isStaff).orElse(false);
        if (!staff) {
            return List.of();
        }
        return files.findFiles(FilePlace.BROADCAST, 0).stream()
                .sorted(java.util.Comparator.comparing(StoredFile::uploadedAt).reversed()).toList();
    }

    /** The channels this person may put on the displays. */
    public List<ru.parta.chat.ChatSummary> findFeedChannels(long viewerId) {
        return content.findOwnChannels(viewerId);
    }

    /** Running broadcasts the viewer may see: all for administrators and the director, else theirs and their rooms'. */
    public List<BroadcastInfo> findRunning(long viewerId) {
        Optional<AccountSummary> viewer = accounts.findAccount(viewerId);
        if (viewer.isEmpty() || !viewer.get().isStaff()) {
            return List.of();
        }
        boolean manager = viewer.get().hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
        Set<Long> kept = Set.copyOf(displays.findKept(viewerId));
        Instant now = clock.instant();
        List<Broadcast> running = broadcasts.findUnstopped().stream().filter(b -> b.isRunning(now)).toList();
        Map<Long, AccountSummary> starters = accounts.findPeople(running.stream().map(Broadcast::startedBy).toList());
        List<BroadcastInfo> seen = new ArrayList<>();
        for (Broadcast broadcast : running) {
            List<Long> on = displays.findShowing(broadcast.id()).stream().map(Display::id).toList();
            boolean mine = broadcast.startedBy() == viewerId;
            boolean keeps = !on.isEmpty() && kept.containsAll(on);
            if (manager || mine || on.stream().anyMatch(kept::contains)) {
                AccountSummary starter = starters.get(broadcast.startedBy());
                seen.add(new BroadcastInfo(broadcast.id(), broadcast.kind(), broadcast.title(), broadcast.pages(),
                        broadcast.page(), broadcast.paused(), broadcast.blank(), broadcast.version(),
                        broadcast.startedBy(), starter == null ? "" : starter.fullName(), broadcast.startedAt(),
                        broadcast.endsAt(), on, manager || mine || keeps, broadcast.fileId()));
            }
        }
        return seen;
    }

    /** Whether the person may flip, pause, darken and stop this broadcast. */
    public boolean mayControl(long broadcastId, long accountId) {
        return broadcasts.findById(broadcastId).map(b -> mayControl(b, accountId)).orElse(false);
    }

    /** Running broadcasts of a channel's feed: broadcast → its channel's chat. */
    Map<Long, Long> findRunningFeeds() {
        Map<Long, Long> running = new java.util.HashMap<>();
        broadcasts.findUnstopped().stream().filter(b -> b.kind() == BroadcastKind.CHANNEL && b.conversationId() != null)
                .forEach(b -> running.put(b.id(), b.conversationId()));
        return running;
    }

    Optional<Broadcast> findBroadcast(long broadcastId) {
        return broadcasts.findById(broadcastId);
    }

    List<Long> findImages(long broadcastId) {
        return broadcasts.findImages(broadcastId);
    }

    private void change(long broadcastId, Actor actor, UnaryOperator<Broadcast> how) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR, Role.TEACHER);
        Broadcast broadcast = lockRunning(broadcastId, actor);
        Broadcast changed = how.apply(broadcast);
        if (changed.page() == broadcast.page() && changed.paused() == broadcast.paused()
                && changed.blank() == broadcast.blank()) {
            return;
        }
        broadcasts.update(changed);
        events.publish(new BroadcastChanged(broadcastId, List.of()));
    }

    private Broadcast lockRunning(long broadcastId, Actor actor) {
        Broadcast broadcast = broadcasts.findForUpdate(broadcastId)
                .filter(b -> b.isRunning(clock.instant()))
                .orElseThrow(() -> PartaException.notFound("broadcast.notRunning"));
        if (!mayControl(broadcast, actor.accountId())) {
            throw PartaException.forbidden("broadcast.notYours");
        }
        return broadcast;
    }

    private boolean mayControl(Broadcast broadcast, long accountId) {
        if (broadcast.startedBy() == accountId || isManager(accountId)) {
            return true;
        }
        List<Long> on = displays.findShowing(broadcast.id()).stream().map(Display::id).toList();
        return !on.isEmpty() && displays.findKept(accountId).containsAll(on);
    }

    private boolean isManager(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR))).orElse(false);
    }

    private List<Display> lockTargets(NewBroadcast request, long starterId, boolean manager) {
        if (request.allDisplays()) {
            if (!manager) {
                throw PartaException.forbidden("broadcast.notYourDisplay", "");
            }
            List<Display> all = displays.lockAllPaired();
            if (all.isEmpty()) {
                throw PartaException.invalid("broadcast.noDisplays");
            }
            return all;
        }
        if (request.displayIds().isEmpty()) {
            throw PartaException.invalid("broadcast.displaysRequired");
        }
        List<Display> targets = displays.lockPaired(List.copyOf(new java.util.TreeSet<>(request.displayIds())));
        if (targets.size() != Set.copyOf(request.displayIds()).size()) {
            throw PartaException.notFound("display.notFound");
        }
        if (!manager) {
            Set<Long> kept = Set.copyOf(displays.findKept(starterId));
            for (Display display : targets) {
                if (!kept.contains(display.id())) {
                    throw PartaException.forbidden("broadcast.notYourDisplay", display.name());
                }
            }
        }
        return targets;
    }

    /**
     * A display showing someone else's running broadcast switches only with {@code replace}; a
     * teacher may replace only a teacher's broadcast that shows on nothing but rooms of theirs.
     */
    private void checkReplaceable(Display display, boolean replace, long starterId, boolean manager, Instant now) {
        Broadcast current = display.broadcastId() == null ? null
                : broadcasts.findById(display.broadcastId()).filter(b -> b.isRunning(now)).orElse(null);
        if (current == null || current.startedBy() == starterId) {
            return;
        }
        String starter = accounts.findAccount(current.startedBy()).map(AccountSummary::fullName).orElse("");
        if (!replace) {
            throw PartaException.conflict("broadcast.displayBusy", display.name(), current.title(), starter);
        }
        if (!manager && (isManager(current.startedBy()) || !displays.findKept(starterId).containsAll(
                displays.findShowing(current.id()).stream().map(Display::id).toList()))) {
            throw PartaException.forbidden("broadcast.mayNotReplace", display.name(), starter);
        }
    }
}
