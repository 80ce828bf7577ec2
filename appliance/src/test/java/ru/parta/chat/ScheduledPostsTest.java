package ru.parta.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.parta.chat.ChatServiceTest.assertRefused;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.TestClock;
import ru.parta.people.PersonaSchool;

/** Scheduled posts: held until their time, moved out of quiet hours unless urgent, editable and movable until then. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class ScheduledPostsTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    HeldMessages heldMessages;

    @Inject
    ChatTestSupport support;

    @Inject
    TestClock clock;

    @Test
    void aPostScheduledForTenGoesOutAtTenAndNotBefore() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.PARENTS, p.class5a());
        moveTo("2026-09-07T09:00:00");
        PostOutcome planned = chats.postMessage(NewMessage.text(chat, "planned-01", "Родительское собрание в 18:00")
                .publishedAt(moscow("2026-09-07T10:00:00")), Actor.of(p.ivanova()));
        assertTrue(planned.isHeld());
        assertTrue(planned.held().isScheduled());
        assertEquals(moscow("2026-09-07T10:00:00"), planned.held().deliverAt());
        assertEquals(0, history(chat, p.petrova()).size(), "nobody sees it before its time");

        heldMessages.editHeldMessage(planned.held().id(), "Родительское собрание в 18:30", Actor.of(p.ivanova()));
        HeldItem moved = heldMessages.rescheduleHeldMessage(planned.held().id(), moscow("2026-09-07T11:00:00"),
                Actor.of(p.ivanova()));
        assertEquals(moscow("2026-09-07T11:00:00"), moved.deliverAt());
        assertRefused("chat.message.notYours", () -> heldMessages.rescheduleHeldMessage(planned.held().id(),
                moscow("2026-09-07T12:00:00"), Actor.of(p.kuznetsov())));
        assertRefused("chat.schedule.past", () -> heldMessages.rescheduleHeldMessage(planned.held().id(),
                moscow("2026-09-07T08:00:00"), Actor.of(p.ivanova())));

        moveTo("2026-09-07T10:59:59");
        assertEquals(0, heldMessages.releaseHeldMessages());
        moveTo("2026-09-07T11:00:00");
        assertEquals(1, heldMessages.releaseHeldMessages());
        assertEquals(List.of("Родительское собрание в 18:30"), history(chat, p.petrova()));
    }

    @Test
    void quietHoursMoveAScheduledPostToMorningUnlessItIsUrgent() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        moveTo("2026-09-08T12:00:00");
        PostOutcome evening = chats.postMessage(NewMessage.text(chat, "planned-02", "Завтра контрольная")
                .publishedAt(moscow("2026-09-08T22:00:00")), Actor.of(p.ivanova()));
        assertEquals(moscow("2026-09-09T07:00:00"), evening.held().deliverAt());
        assertEquals(moscow("2026-09-08T22:00:00"), evening.held().scheduledAt());
        PostOutcome alarm = chats.postMessage(new NewMessage(chat, "planned-03", "Учения по эвакуации в 22:05", null,
                true, List.of(), List.of()).publishedAt(moscow("2026-09-08T22:00:00")), Actor.of(p.ivanova()));
        assertEquals(moscow("2026-09-08T22:00:00"), alarm.held().deliverAt(), "an urgent post keeps its time");

        moveTo("2026-09-08T22:00:00");
        assertEquals(1, heldMessages.releaseHeldMessages());
        List<ChatMessage> night = chats.findHistory(chat, null, 50, p.petrov());
        assertEquals("Учения по эвакуации в 22:05", night.getLast().body());
        assertTrue(night.getLast().urgent(), "still urgent when it goes out");
        moveTo("2026-09-09T07:00:00");
        assertEquals(1, heldMessages.releaseHeldMessages());
    }

    @Test
    void aTimePastOrTooFarAheadIsRefusedAndAQuietHoursHoldIsNotMovable() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        moveTo("2026-09-10T12:00:00");
        assertRefused("chat.schedule.past", () -> chats.postMessage(NewMessage.text(chat, "planned-04", "Вчера")
                .publishedAt(moscow("2026-09-10T11:59:00")), Actor.of(p.ivanova())));
        assertRefused("chat.schedule.past", () -> chats.postMessage(NewMessage.text(chat, "planned-05", "Сейчас")
                .publishedAt(clock.instant()), Actor.of(p.ivanova())));
        assertRefused("chat.schedule.tooFar", () -> chats.postMessage(NewMessage.text(chat, "planned-06", "Выпускной")
                .publishedAt(clock.instant().plus(Duration.ofDays(400))), Actor.of(p.ivanova())));
        moveTo("2026-09-10T23:00:00");
        PostOutcome held = chats.postMessage(NewMessage.text(chat, "night-04", "Спокойной ночи"), Actor.of(p.ivanova()));
        assertRefused("chat.schedule.notScheduled", () -> heldMessages.rescheduleHeldMessage(held.held().id(),
                moscow("2026-09-11T09:00:00"), Actor.of(p.ivanova())));
        moveTo("2026-09-11T07:00:00");
        heldMessages.releaseHeldMessages();
    }

    private List<String> history(long chat, long viewer) {
        return chats.findHistory(chat, null, 50, viewer).stream().map(ChatMessage::body).toList();
    }

    private void moveTo(String moscowTime) {
        clock.advance(Duration.between(clock.instant(), moscow(moscowTime)));
    }

    private static Instant moscow(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
