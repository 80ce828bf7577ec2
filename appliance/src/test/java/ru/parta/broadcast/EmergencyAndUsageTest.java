package ru.parta.broadcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.channel.ChannelService;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.people.PersonaSchool;

/** The emergency alert (with its school channel post and expiry) and the usage log with its room summary. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class EmergencyAndUsageTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    PersonaSchool personaSchool;
    @Inject
    EmergencyService emergencies;
    @Inject
    DisplayService displays;
    @Inject
    BroadcastService broadcasts;
    @Inject
    BroadcastTopics topics;
    @Inject
    DisplayPresence presence;
    @Inject
    UsageLog usage;
    @Inject
    ChatService chats;
    @Inject
    ChannelService channels;
    @Inject
    TestClock clock;

    @Test
    void anAlertStandsUntilClearedAndGoesToTheSchoolChannelInTheSameStep() {
        PersonaSchool.Persona p = personaSchool.create();
        clock.moveToMoscowTime("2026-12-02T23:30:00");
        long alert = emergencies.raiseAlert(AlertKind.FIRE, "Учебная тревога. Выходите по лестнице Б.", null, true,
                Actor.of(p.orlov()));
        AlertInfo standing = emergencies.findStandingAlert().orElseThrow();
        assertEquals(alert, standing.id());
        assertTrue(standing.posted());
        assertTrue(topics.alertFrame().json().contains("Учебная тревога"));
        // The post went out at night: urgent passes quiet hours, and every reader of the school channel has it.
        long school = channels.findSchoolChannelChat();
        ChatMessage post = chats.findHistory(school, null, 1, p.petrova()).getLast();
        assertTrue(post.urgent());
        assertEquals("Пожарная тревога. Учебная тревога. Выходите по лестнице Б.", post.body());

        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class,
                () -> emergencies.clearAlert(Actor.of(p.ivanova()))).category());
        emergencies.clearAlert(Actor.of(p.smirnova()));
        assertTrue(emergencies.findStandingAlert().isEmpty());
        assertTrue(topics.alertFrame().json().contains("\"a\":0"));
        assertEquals("alert.none", assertThrows(PartaException.class,
                () -> emergencies.clearAlert(Actor.of(p.smirnova()))).messageKey());
        assertEquals(1, emergencies.findLatestAlerts(p.smirnova()).size());
        assertTrue(emergencies.findLatestAlerts(p.orlov()).getFirst().clearedAt() != null);
        assertTrue(emergencies.findLatestAlerts(p.ivanova()).isEmpty(), "the alert log is for administrators and the director");
    }

    @Test
    void anAlertWithAnExpiryClearsItselfAndANewOneReplacesTheOld() {
        PersonaSchool.Persona p = personaSchool.create();
        emergencies.raiseAlert(AlertKind.WEATHER, "Сильный ветер: на улицу не выходить.", 30, false, Actor.of(p.smirnova()));
        long lockdown = emergencies.raiseAlert(AlertKind.LOCKDOWN, "Оставайтесь в кабинетах.", 10, false,
                Actor.of(p.smirnova()));
        assertEquals(lockdown, emergencies.findStandingAlert().orElseThrow().id(), "one alert stands at a time");
        assertEquals(2, emergencies.findLatestAlerts(p.smirnova()).size());
        assertNotNull(emergencies.findLatestAlerts(p.smirnova()).getLast().clearedAt());
        clock.advance(Duration.ofMinutes(11));
        assertTrue(emergencies.findStandingAlert().isEmpty(), "past its expiry it no longer stands");
        emergencies.clearExpired();
        assertNotNull(emergencies.findLatestAlerts(p.smirnova()).getFirst().clearedAt());
    }

    @Test
    void badAlertsAreRefusedAndNothingIsRaised() {
        PersonaSchool.Persona p = personaSchool.create();
        Actor admin = Actor.of(p.smirnova());
        assertEquals("alert.textRequired", assertThrows(PartaException.class,
                () -> emergencies.raiseAlert(AlertKind.OTHER, "  ", null, false, admin)).messageKey());
        assertEquals("alert.minutesOutOfRange", assertThrows(PartaException.class,
                () -> emergencies.raiseAlert(AlertKind.OTHER, "Тест", 0, false, admin)).messageKey());
        assertEquals("alert.textTooLong", assertThrows(PartaException.class,
                () -> emergencies.raiseAlert(AlertKind.OTHER, "я".repeat(501), null, false, admin)).messageKey());
        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class,
                () -> emergencies.raiseAlert(AlertKind.FIRE, "Тест", null, false, Actor.of(p.kuznetsov()))).category());
        assertTrue(emergencies.findStandingAlert().isEmpty());
        assertTrue(emergencies.findLatestAlerts(p.smirnova()).isEmpty());
    }

    @Test
    void theUsageLogSaysWhatWasShownWhereForHowLongAndWhetherTheDisplayConfirmedIt() {
        PersonaSchool.Persona p = personaSchool.create();
        clock.moveToMoscowTime("2026-12-01T09:00:00");
        long room12 = BroadcastFixtures.pair(displays, p.smirnova(), "Каб. 12", p.ivanova());
        long hall = BroadcastFixtures.pair(displays, p.smirnova(), "Актовый зал");
        long first = broadcasts.startBroadcast(new NewBroadcast(BroadcastKind.ANNOUNCEMENT, "Тема урока", "Дроби",
                null, List.of(), null, false, List.of(room12), false, null), Actor.of(p.ivanova()));
        // The display says it shows it: the log records the confirmation once.
        presence.report(room12, "shown", "{\"b\":" + first + ",\"v\":1,\"a\":0,\"w\":1920,\"h\":1080}");
        clock.advance(Duration.ofMinutes(40));
        broadcasts.stopBroadcast(first, Actor.of(p.ivanova()));
        clock.advance(Duration.ofMinutes(5));
        broadcasts.startBroadcast(NewBroadcast.announcement("Линейка", "Линейка в 12:00"), Actor.of(p.smirnova()));
        clock.advance(Duration.ofMinutes(15));

        List<UsageRow> rows = usage.findUsage(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, MOSCOW, 100,
                Actor.of(p.orlov()));
        assertEquals(3, rows.size());
        UsageRow lesson = rows.stream().filter(r -> r.title().equals("Тема урока")).findFirst().orElseThrow();
        assertEquals("Каб. 12", lesson.displayName());
        assertEquals("Иванова Мария Петровна", lesson.startedBy());
        assertEquals(Duration.ofMinutes(40), lesson.duration(clock.instant()));
        assertNotNull(lesson.confirmedAt());
        assertTrue(rows.stream().filter(r -> r.title().equals("Линейка")).allMatch(r -> r.confirmedAt() == null),
                "displays that never confirmed are shown as such");
        assertEquals(1, usage.findUsage(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), hall, MOSCOW, 100,
                Actor.of(p.orlov())).size());
        assertTrue(usage.findUsage(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), null, MOSCOW, 100,
                Actor.of(p.orlov())).isEmpty());

        List<RoomSummary> summary = usage.findRoomSummary(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), MOSCOW,
                Actor.of(p.orlov()));
        RoomSummary room = summary.stream().filter(s -> s.displayName().equals("Каб. 12")).findFirst().orElseThrow();
        assertEquals(2, room.broadcasts());
        assertEquals(1, room.confirmed());
        assertEquals(Duration.ofMinutes(55), room.shown());

        String csv = new String(usage.exportUsageCsv(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, MOSCOW,
                Locale.forLanguageTag("ru"), Actor.of(p.smirnova())), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFЭкран;Что показано;Название;Кто начал"));
        assertTrue(csv.contains("Каб. 12;Объявление;Тема урока;Иванова Мария Петровна;нет;01.12.2026 09:00:00;"
                + "01.12.2026 09:00:00;01.12.2026 09:40:00;40"));

        assertEquals(ErrorCategory.FORBIDDEN, assertThrows(PartaException.class, () -> usage.findUsage(
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, MOSCOW, 100, Actor.of(p.ivanova()))).category());
        assertEquals("usage.periodInvalid", assertThrows(PartaException.class, () -> usage.findUsage(
                LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), null, MOSCOW, 100, Actor.of(p.orlov()))).messageKey());
    }
}
