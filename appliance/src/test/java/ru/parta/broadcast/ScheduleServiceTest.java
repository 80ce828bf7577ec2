package ru.parta.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.base.audit.AuditLog;
import ru.parta.people.PersonaSchool;

/** Planned broadcasts in school time: repeats, overlaps refused, the week view, starting and stopping on time. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.broadcast.schedule-check", value = "1h")
class ScheduleServiceTest {

    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Inject
    PersonaSchool personaSchool;
    @Inject
    ScheduleService schedules;
    @Inject
    ScheduleRunner runner;
    @Inject
    BroadcastService broadcasts;
    @Inject
    DisplayService displays;
    @Inject
    AuditLog auditLog;
    @Inject
    TestClock clock;

    @Test
    void aMorningAssemblyRepeatsOnWeekdaysInSchoolTimeAndStopsOnItsOwn() {
        PersonaSchool.Persona p = personaSchool.create();
        long hall = BroadcastFixtures.pair(displays, p.smirnova(), "Актовый зал");
        // Monday 30 November 2026, 07:00 in Moscow (04:00 UTC).
        clock.moveToMoscowTime("2026-11-30T07:00:00");
        long plan = schedules.createSchedule(assembly(LocalDate.of(2026, 11, 30), null, List.of(hall), true),
                Actor.of(p.smirnova()));

        runner.startDue();
        assertTrue(broadcasts.findRunning(p.smirnova()).isEmpty(), "not yet: it starts at 08:20 school time");
        clock.moveToMoscowTime("2026-11-30T08:20:05");
        runner.startDue();
        runner.startDue();
        List<BroadcastInfo> running = broadcasts.findRunning(p.smirnova());
        assertEquals(1, running.size(), "started once, however often the runner looks");
        assertEquals("Линейка", running.getFirst().title());
        assertEquals(java.time.LocalDateTime.of(2026, 11, 30, 8, 30).atZone(java.time.ZoneId.of("Europe/Moscow"))
                .toInstant(), running.getFirst().endsAt());
        clock.moveToMoscowTime("2026-11-30T08:30:00");
        broadcasts.stopExpired();
        assertTrue(broadcasts.findRunning(p.smirnova()).isEmpty(), "stopped at its end");
        // Saturday: not a weekday of the plan.
        clock.moveToMoscowTime("2026-12-05T08:21:00");
        runner.startDue();
        assertTrue(broadcasts.findRunning(p.smirnova()).isEmpty());
        // Monday again.
        clock.moveToMoscowTime("2026-12-07T08:25:00");
        runner.startDue();
        assertEquals(1, broadcasts.findRunning(p.smirnova()).size(), "a restart late in the window still starts it");

        List<PlannedSlot> week = schedules.findWeek(LocalDate.of(2026, 12, 9), p.smirnova());
        assertEquals(5, week.size(), "Monday to Friday");
        assertEquals(LocalDate.of(2026, 12, 7), week.getFirst().day());
        assertEquals(LocalTime.of(8, 20), week.getFirst().start());
        assertEquals(List.of("Актовый зал"), week.getFirst().displayNames());
        assertTrue(week.stream().noneMatch(PlannedSlot::conflict));

        schedules.cancelSchedule(plan, Actor.of(p.orlov()));
        assertTrue(schedules.findWeek(LocalDate.of(2026, 12, 14), p.smirnova()).isEmpty());
    }

    @Test
    void anOverlappingPlanOnASharedDisplayIsRefusedNamingTheOther() {
        PersonaSchool.Persona p = personaSchool.create();
        long hall = BroadcastFixtures.pair(displays, p.smirnova(), "Зал");
        long room12 = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 12", p.ivanova());
        clock.moveToMoscowTime("2026-11-30T07:00:00");
        schedules.createSchedule(assembly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 25), List.of(hall), true),
                Actor.of(p.smirnova()));
        // Once, on a Wednesday, 08:25–08:40 in the hall: overlaps the assembly.
        NewSchedule film = new NewSchedule(BroadcastKind.ANNOUNCEMENT, "Фильм", "Фильм о космосе", null, null,
                LocalDate.of(2026, 12, 2), null, LocalTime.of(8, 25), 15, Set.of(), false, List.of(hall));
        PartaException overlap = assertThrows(PartaException.class, () -> schedules.createSchedule(film,
                Actor.of(p.orlov())));
        assertEquals(ErrorCategory.CONFLICT, overlap.category());
        assertEquals("schedule.overlaps", overlap.messageKey());
        assertEquals("Линейка", overlap.arguments()[0]);
        assertEquals(LocalDate.of(2026, 12, 2), overlap.arguments()[1]);
        assertEquals(1, schedules.findConflicts(film, p.orlov()).size());
        // Another room, or right after it, or on a Saturday: fine.
        assertTrue(schedules.findConflicts(new NewSchedule(BroadcastKind.ANNOUNCEMENT, "Фильм", "Фильм", null, null,
                LocalDate.of(2026, 12, 2), null, LocalTime.of(8, 25), 15, Set.of(), false, List.of(room12)),
                p.orlov()).isEmpty());
        schedules.createSchedule(new NewSchedule(BroadcastKind.ANNOUNCEMENT, "Фильм", "Фильм о космосе", null, null,
                LocalDate.of(2026, 12, 2), null, LocalTime.of(8, 30), 15, Set.of(), false, List.of(hall)),
                Actor.of(p.orlov()));
        schedules.createSchedule(new NewSchedule(BroadcastKind.ANNOUNCEMENT, "Субботник", "Субботник", null, null,
                LocalDate.of(2026, 12, 5), null, LocalTime.of(8, 20), 30, Set.of(), true, List.of()),
                Actor.of(p.orlov()));
        // "Every display" overlaps everything at that time.
        assertEquals("schedule.overlaps", assertThrows(PartaException.class, () -> schedules.createSchedule(
                new NewSchedule(BroadcastKind.ANNOUNCEMENT, "Объявление", "Всем", null, null, LocalDate.of(2026, 12, 3),
                        null, LocalTime.of(8, 0), 30, Set.of(), true, List.of()), Actor.of(p.orlov()))).messageKey());
    }

    @Test
    void badPlansAreRefusedInWordsAndATeacherPlansOnlyForHerRoom() {
        PersonaSchool.Persona p = personaSchool.create();
        long room12 = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 12", p.ivanova());
        long room14 = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 14");
        clock.moveToMoscowTime("2026-12-02T10:00:00");
        Actor ivanova = Actor.of(p.ivanova());
        assertEquals("schedule.inPast", refusal(() -> schedules.createSchedule(once(LocalDate.of(2026, 12, 2),
                LocalTime.of(9, 0), 30, List.of(room12)), ivanova)));
        assertEquals("schedule.crossesMidnight", refusal(() -> schedules.createSchedule(once(LocalDate.of(2026, 12, 3),
                LocalTime.of(23, 50), 20, List.of(room12)), ivanova)));
        assertEquals("schedule.minutesOutOfRange", refusal(() -> schedules.createSchedule(once(LocalDate.of(2026, 12, 3),
                LocalTime.of(9, 0), 0, List.of(room12)), ivanova)));
        assertEquals("schedule.tooFar", refusal(() -> schedules.createSchedule(once(LocalDate.of(2028, 1, 3),
                LocalTime.of(9, 0), 10, List.of(room12)), ivanova)));
        assertEquals("schedule.lastBeforeFirst", refusal(() -> schedules.createSchedule(assembly(LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 8), List.of(room12), false), ivanova)));
        assertEquals("broadcast.notYourDisplay", refusal(() -> schedules.createSchedule(once(LocalDate.of(2026, 12, 3),
                LocalTime.of(9, 0), 10, List.of(room14)), ivanova)));
        assertEquals("broadcast.textRequired", refusal(() -> schedules.createSchedule(new NewSchedule(
                BroadcastKind.ANNOUNCEMENT, null, "", null, null, LocalDate.of(2026, 12, 3), null, LocalTime.of(9, 0), 10,
                Set.of(), false, List.of(room12)), ivanova)));
        assertTrue(schedules.findWeek(LocalDate.of(2026, 12, 3), p.smirnova()).isEmpty(), "nothing half-planned");

        long hers = schedules.createSchedule(once(LocalDate.of(2026, 12, 3), LocalTime.of(9, 0), 45, List.of(room12)),
                ivanova);
        assertEquals(1, schedules.findWeek(LocalDate.of(2026, 12, 3), p.ivanova()).size());
        assertTrue(schedules.findWeek(LocalDate.of(2026, 12, 3), p.kuznetsov()).isEmpty(), "not his room, not his plan");
        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class,
                () -> schedules.cancelSchedule(hers, Actor.of(p.kuznetsov()))).category());
        assertFalse(schedules.findWeek(LocalDate.of(2026, 12, 3), p.ivanova()).getFirst().conflict());
    }

    @Test
    void aPlanWhoseFileIsGoneIsLoggedAndNotRetried() {
        PersonaSchool.Persona p = personaSchool.create();
        long hall = BroadcastFixtures.pair(displays, p.smirnova(), "Зал");
        clock.moveToMoscowTime("2026-12-02T10:00:00");
        long pdf = BroadcastFixtures.upload(broadcasts, "План.pdf", BroadcastFixtures.pdf(2), p.smirnova());
        schedules.createSchedule(new NewSchedule(BroadcastKind.SLIDES, null, null, pdf, null, LocalDate.of(2026, 12, 2),
                null, LocalTime.of(11, 0), 20, Set.of(), false, List.of(hall)), Actor.of(p.smirnova()));
        revokeTheOnlyDisplay(p, hall);
        clock.advance(Duration.ofHours(1));
        runner.startDue();
        runner.startDue();
        assertEquals(1, auditLog.findByAction("schedule.failed").size());
        assertTrue(broadcasts.findRunning(p.smirnova()).isEmpty());
    }

    @Test
    void aPlannedPictureIsShownWhenItsTimeComes() {
        PersonaSchool.Persona p = personaSchool.create();
        long hall = BroadcastFixtures.pair(displays, p.smirnova(), "Вестибюль");
        clock.moveToMoscowTime("2026-12-02T10:00:00");
        long poster = BroadcastFixtures.upload(broadcasts, "Афиша.png", BroadcastFixtures.png(), p.smirnova());
        schedules.createSchedule(new NewSchedule(BroadcastKind.IMAGES, null, null, poster, null, LocalDate.of(2026, 12, 2),
                null, LocalTime.of(10, 30), 15, Set.of(), false, List.of(hall)), Actor.of(p.smirnova()));
        clock.moveToMoscowTime("2026-12-02T10:30:01");
        runner.startDue();
        BroadcastInfo shown = broadcasts.findRunning(p.smirnova()).getFirst();
        assertEquals(BroadcastKind.IMAGES, shown.kind());
        assertEquals(List.of(poster), broadcasts.findImages(shown.id()));
        assertTrue(auditLog.findByAction("schedule.failed").isEmpty());
    }

    private void revokeTheOnlyDisplay(PersonaSchool.Persona p, long display) {
        displays.revokeDisplay(display, Actor.of(p.smirnova()));
    }

    private static NewSchedule assembly(LocalDate first, LocalDate last, List<Long> on, boolean repeats) {
        return new NewSchedule(BroadcastKind.ANNOUNCEMENT, "Линейка", "Линейка во дворе школы", null, null, first, last,
                LocalTime.of(8, 20), 10, repeats ? WEEKDAYS : Set.of(DayOfWeek.MONDAY), false, on);
    }

    private static NewSchedule once(LocalDate day, LocalTime at, int minutes, List<Long> on) {
        return new NewSchedule(BroadcastKind.ANNOUNCEMENT, "Тема урока", "Самостоятельная работа", null, null, day, null,
                at, minutes, Set.of(), false, on);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(PartaException.class, call).messageKey();
    }
}
