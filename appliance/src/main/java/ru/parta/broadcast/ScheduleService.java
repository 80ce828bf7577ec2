package ru.parta.broadcast;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
import ru.parta.base.audit.AuditLog;
import ru.parta.school.School;
import ru.parta.school.SchoolService;

/**
 * Planned broadcasts in school time (morning assembly announcements, a film for the whole school):
 * made, checked against the other plans on the same displays (an overlap is refused, naming the
 * other plan), shown as a week, and started and stopped on time. Administrators and the director
 * plan on any display, a teacher on the displays of their rooms.
 */
@Singleton
public class ScheduleService {

    static final int MINUTES_MAX = 8 * 60;
    /** How far ahead a plan may start, and how far repeats are checked for overlaps. */
    static final int HORIZON_DAYS = 366;

    private final BroadcastScheduleRepository schedules;
    private final DisplayRepository displays;
    private final BroadcastContent content;
    private final Permissions permissions;
    private final AccountService accounts;
    private final SchoolService schools;
    private final AuditLog auditLog;
    private final Clock clock;

    ScheduleService(BroadcastScheduleRepository schedules, DisplayRepository displays, BroadcastContent content,
                    Permissions permissions, AccountService accounts, SchoolService schools, AuditLog auditLog,
                    Clock clock) {
        this.schedules = schedules;
        this.displays = displays;
        this.content = content;
        this.permissions = permissions;
        this.accounts = accounts;
        this.schools = schools;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Plans a broadcast; refused when it overlaps another plan on a display they share. */
    @Transactional
    public long createSchedule(NewSchedule plan, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR, Role.TEACHER);
        permissions.requirePerson(actor);
        BroadcastSchedule draft = check(plan, actor.accountId());
        BroadcastContent.Checked checked = content.check(plan.asBroadcast(), actor.accountId());
        // Plans are made one at a time, so two overlapping plans cannot both pass the check.
        displays.lockAllPaired();
        Optional<PlannedSlot> clash = findClash(draft, Set.copyOf(plan.displayIds()), 0);
        if (clash.isPresent()) {
            PlannedSlot other = clash.get();
            throw PartaException.conflict("schedule.overlaps", other.title(), other.day(), other.start(), other.end());
        }
        // A plan of pictures keeps its one picture as the file; it becomes the broadcast's only picture when it starts.
        Long file = checked.fileId() != null ? checked.fileId()
                : checked.imageIds().isEmpty() ? null : checked.imageIds().getFirst();
        BroadcastSchedule saved = schedules.save(new BroadcastSchedule(null, checked.kind(), checked.title(),
                checked.body(), file, checked.conversationId(), draft.firstDay(), draft.lastDay(),
                draft.startTime(), draft.minutes(), draft.weekdays(), draft.allDisplays(), actor.accountId(),
                clock.instant(), null, null));
        new java.util.TreeSet<>(plan.displayIds()).forEach(display -> schedules.addDisplay(saved.id(), display));
        auditLog.recordEvent("schedule.created", actor.auditId(), saved.id() + " \"" + checked.title() + "\" "
                + draft.firstDay() + " " + draft.startTime() + " " + draft.minutes() + " min", null);
        return saved.id();
    }

    /** Cancels a plan (its creator, administrators, the director); a broadcast it started runs to its end. */
    @Transactional
    public void cancelSchedule(long scheduleId, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.DIRECTOR, Role.TEACHER);
        BroadcastSchedule schedule = schedules.findForUpdate(scheduleId).filter(s -> s.cancelledAt() == null)
                .orElseThrow(() -> PartaException.notFound("schedule.notFound"));
        if (schedule.createdBy() != actor.accountId() && !isManager(actor.accountId())) {
            throw PartaException.forbidden("schedule.notYours");
        }
        schedules.cancel(scheduleId, clock.instant());
        auditLog.recordEvent("schedule.cancelled", actor.auditId(), String.valueOf(scheduleId), null);
    }

    /** The plans that would overlap this one (for the form, before saving); empty when it fits. */
    public List<PlannedSlot> findConflicts(NewSchedule plan, long viewerId) {
        try {
            return findClash(check(plan, viewerId), Set.copyOf(plan.displayIds()), 0).stream().toList();
        } catch (PartaException notYetValid) {
            return List.of();
        }
    }

    /** Monday to Sunday of the week holding {@code day}: every plan's occurrences, overlaps marked. */
    public List<PlannedSlot> findWeek(LocalDate day, long viewerId) {
        Optional<AccountSummary> viewer = accounts.findAccount(viewerId);
        if (viewer.isEmpty() || !viewer.get().isStaff()) {
            return List.of();
        }
        boolean manager = viewer.get().hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
        Set<Long> kept = Set.copyOf(displays.findKept(viewerId));
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<BroadcastSchedule> active = schedules.findActive(monday);
        Map<Long, Set<Long>> targets = active.stream().collect(Collectors.toMap(BroadcastSchedule::id,
                s -> Set.copyOf(schedules.findDisplays(s.id()))));
        Map<Long, String> names = displays.findPaired().stream().collect(Collectors.toMap(Display::id, Display::name));
        Map<Long, AccountSummary> planners = accounts.findPeople(active.stream().map(BroadcastSchedule::createdBy).toList());
        List<PlannedSlot> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<BroadcastSchedule> thatDay = active.stream().filter(s -> s.occursOn(date)).toList();
            for (BroadcastSchedule schedule : thatDay) {
                Set<Long> on = targets.get(schedule.id());
                boolean visible = manager || schedule.createdBy() == viewerId || on.stream().anyMatch(kept::contains);
                if (!visible) {
                    continue;
                }
                boolean conflict = thatDay.stream().anyMatch(other -> other != schedule
                        && sharesDisplays(schedule, on, other, targets.get(other.id()))
                        && overlaps(schedule, other));
                AccountSummary planner = planners.get(schedule.createdBy());
                week.add(new PlannedSlot(schedule.id(), date, schedule.startTime(), schedule.endTime(), schedule.kind(),
                        schedule.title(), schedule.allDisplays(), on.stream().map(id -> names.getOrDefault(id, "—"))
                        .sorted().toList(), planner == null ? "" : planner.fullName(), schedule.repeats(), conflict,
                        manager || schedule.createdBy() == viewerId));
            }
        }
        week.sort(java.util.Comparator.comparing(PlannedSlot::day).thenComparing(PlannedSlot::start));
        return week;
    }

    /** The plans due to start now in school time (each once per day, even across restarts). */
    List<Due> findDue() {
        ZoneId zone = schools.findSchool().map(School::zoneId).orElse(ZoneId.of("UTC"));
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        LocalTime time = now.toLocalTime();
        List<Due> due = new ArrayList<>();
        for (BroadcastSchedule schedule : schedules.findActive(today)) {
            if (schedule.occursOn(today) && !time.isBefore(schedule.startTime())
                    && time.isBefore(schedule.endTime()) && !today.equals(schedule.lastRunDay())) {
                Instant end = ZonedDateTime.of(today, schedule.endTime(), zone).toInstant();
                due.add(new Due(schedule.id(), today, schedule.createdBy(), end, new NewBroadcast(schedule.kind(),
                        schedule.title(), schedule.body(), schedule.fileId(), List.of(), schedule.conversationId(),
                        schedule.allDisplays(), schedules.findDisplays(schedule.id()), true, null)));
            }
        }
        return due;
    }

    /** A plan's start today: what to show, as whom, until when. */
    record Due(long scheduleId, LocalDate day, long plannerId, Instant end, NewBroadcast request) {
    }

    /** A refused start (the file was deleted, the planner left): said in the log, not retried. */
    void recordFailure(long scheduleId, String messageKey) {
        auditLog.recordEvent("schedule.failed", null, scheduleId + " " + messageKey, null);
    }

    @Transactional
    boolean markRun(long scheduleId, LocalDate today) {
        Optional<BroadcastSchedule> locked = schedules.findForUpdate(scheduleId);
        if (locked.isEmpty() || today.equals(locked.get().lastRunDay())) {
            return false;
        }
        schedules.ran(scheduleId, today);
        return true;
    }

    private BroadcastSchedule check(NewSchedule plan, long plannerId) {
        if (plan.firstDay() == null || plan.startTime() == null) {
            throw PartaException.invalid("schedule.whenRequired");
        }
        if (plan.minutes() < 1 || plan.minutes() > MINUTES_MAX) {
            throw PartaException.invalid("schedule.minutesOutOfRange", MINUTES_MAX);
        }
        if (plan.startTime().plusMinutes(plan.minutes()).isBefore(plan.startTime())
                || plan.startTime().plusMinutes(plan.minutes()).equals(LocalTime.MIDNIGHT)) {
            throw PartaException.invalid("schedule.crossesMidnight");
        }
        ZoneId zone = schools.findSchool().map(School::zoneId).orElse(ZoneId.of("UTC"));
        ZonedDateTime now = clock.instant().atZone(zone);
        boolean repeats = !plan.weekdays().isEmpty();
        LocalDate last = repeats ? plan.lastDay() : plan.firstDay();
        if (last != null && last.isBefore(plan.firstDay())) {
            throw PartaException.invalid("schedule.lastBeforeFirst");
        }
        if (plan.firstDay().isAfter(now.toLocalDate().plusDays(HORIZON_DAYS))) {
            throw PartaException.invalid("schedule.tooFar");
        }
        LocalDate lastChance = last == null ? LocalDate.MAX : last;
        ZonedDateTime end = ZonedDateTime.of(lastChance.equals(LocalDate.MAX) ? now.toLocalDate().plusYears(1) : lastChance,
                plan.startTime().plusMinutes(plan.minutes()), zone);
        if (!end.isAfter(now)) {
            throw PartaException.invalid("schedule.inPast");
        }
        if (repeats && plan.weekdays().stream().noneMatch(day -> occursBetween(day, plan.firstDay(), lastChance))) {
            throw PartaException.invalid("schedule.neverOccurs");
        }
        checkTargets(plan, plannerId);
        return new BroadcastSchedule(null, plan.kind(), "", null, null, null, plan.firstDay(), last, plan.startTime(),
                plan.minutes(), plan.weekdayMask(), plan.allDisplays(), plannerId, clock.instant(), null, null);
    }

    private void checkTargets(NewSchedule plan, long plannerId) {
        boolean manager = isManager(plannerId);
        if (plan.allDisplays()) {
            if (!manager) {
                throw PartaException.forbidden("broadcast.notYourDisplay", "");
            }
            return;
        }
        if (plan.displayIds().isEmpty()) {
            throw PartaException.invalid("broadcast.displaysRequired");
        }
        Map<Long, Display> paired = displays.findPaired().stream().collect(Collectors.toMap(Display::id, Function.identity()));
        Set<Long> kept = Set.copyOf(displays.findKept(plannerId));
        for (long id : plan.displayIds()) {
            if (!paired.containsKey(id)) {
                throw PartaException.notFound("display.notFound");
            }
            if (!manager && !kept.contains(id)) {
                throw PartaException.forbidden("broadcast.notYourDisplay", paired.get(id).name());
            }
        }
    }

    /** The first occurrence of another plan that overlaps the draft on a shared display. */
    private Optional<PlannedSlot> findClash(BroadcastSchedule draft, Set<Long> draftDisplays, long ignoreId) {
        LocalDate today = clock.instant().atZone(schools.findSchool().map(School::zoneId).orElse(ZoneId.of("UTC")))
                .toLocalDate();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        for (BroadcastSchedule other : schedules.findActive(today)) {
            if (other.id() == ignoreId) {
                continue;
            }
            Set<Long> otherDisplays = Set.copyOf(schedules.findDisplays(other.id()));
            if (!sharesDisplays(draft, draftDisplays, other, otherDisplays) || !overlaps(draft, other)) {
                continue;
            }
            LocalDate from = max(max(draft.firstDay(), other.firstDay()), today);
            LocalDate to = min(draft.lastPossibleDay(horizon), other.lastPossibleDay(horizon));
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (draft.occursOn(day) && other.occursOn(day)) {
                    return Optional.of(new PlannedSlot(other.id(), day, other.startTime(), other.endTime(), other.kind(),
                            other.title(), other.allDisplays(), List.of(), "", other.repeats(), true, false));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sharesDisplays(BroadcastSchedule a, Set<Long> aDisplays, BroadcastSchedule b,
                                          Set<Long> bDisplays) {
        return a.allDisplays() || b.allDisplays() || aDisplays.stream().anyMatch(bDisplays::contains);
    }

    private static boolean overlaps(BroadcastSchedule a, BroadcastSchedule b) {
        return a.startTime().isBefore(b.endTime()) && b.startTime().isBefore(a.endTime());
    }

    private static boolean occursBetween(DayOfWeek weekday, LocalDate first, LocalDate last) {
        LocalDate next = first.with(TemporalAdjusters.nextOrSame(weekday));
        return !next.isAfter(last);
    }

    private boolean isManager(long accountId) {
        return accounts.findAccount(accountId).map(a -> a.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR))).orElse(false);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
