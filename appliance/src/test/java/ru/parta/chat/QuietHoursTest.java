package ru.parta.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.parta.chat.ChatServiceTest.assertRefused;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.TestClock;
import ru.parta.base.event.EventBus;
import ru.parta.files.StoredFile;
import ru.parta.people.PersonaSchool;

/** Quiet hours 21:00–07:00 in Moscow: held messages, their release in order, urgent messages. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class QuietHoursTest {

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
    EventBus events;

    @Inject
    ru.parta.people.PeopleService people;

    @Inject
    TestClock clock;

    @Inject
    ChatCommands liveCommands;

    @Test
    void theBoundariesAreTheSecondItBeginsAndTheSecondItEnds() {
        QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), MOSCOW);

        assertFalse(quiet.isQuiet(moscow("2026-09-01T20:59:59")));
        assertTrue(quiet.isQuiet(moscow("2026-09-01T21:00:00")));
        assertTrue(quiet.isQuiet(moscow("2026-09-02T06:59:59")));
        assertFalse(quiet.isQuiet(moscow("2026-09-02T07:00:00")));
        assertEquals(moscow("2026-09-02T07:00:00"), quiet.endAfter(moscow("2026-09-01T21:00:00")));
        assertEquals(moscow("2026-09-02T07:00:00"), quiet.endAfter(moscow("2026-09-02T03:15:00")));
        QuietHours daytime = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), MOSCOW);
        assertTrue(daytime.isQuiet(moscow("2026-09-01T13:30:00")));
        assertFalse(daytime.isQuiet(moscow("2026-09-01T14:00:00")));
        assertFalse(new QuietHours(LocalTime.NOON, LocalTime.NOON, MOSCOW).isQuiet(moscow("2026-09-01T12:00:00")));
    }

    @Test
    void messagesOfTheNightAreHeldUnseenAndArriveInOrderInTheMorning() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        List<MessagePosted> seen = new CopyOnWriteArrayList<>();
        events.subscribe(MessagePosted.class, seen::add);

        moveTo("2026-09-01T20:59:59");
        assertFalse(chats.postMessage(NewMessage.text(chat, "evening-1", "Последнее до тишины"), Actor.of(p.ivanova())).isHeld());
        moveTo("2026-09-01T21:00:00");
        PostOutcome first = chats.postMessage(NewMessage.text(chat, "night-01", "Не забудьте форму"), Actor.of(p.ivanova()));
        moveTo("2026-09-01T23:40:00");
        chats.postMessage(NewMessage.text(chat, "night-02", "А я уже собрал"), Actor.of(p.petrov()));
        PostOutcome again = chats.postMessage(NewMessage.text(chat, "night-01", "Не забудьте форму"), Actor.of(p.ivanova()));
        assertTrue(chats.postMessage(NewMessage.text(chat, "night-03", "Меня переводят"), Actor.of(p.sidorova())).isHeld());
        people.transferStudent(p.sidorova(), p.class6b(), Actor.of(p.smirnova()));
        support.settle();

        assertTrue(first.isHeld());
        assertNull(first.delivered());
        assertEquals(moscow("2026-09-02T07:00:00"), first.held().deliverAt());
        assertEquals(first.held().id(), again.held().id(), "sent twice, held once");
        assertEquals(1, seen.size(), "only the 20:59:59 message went out");
        assertEquals(1, unread(p.kuznetsov(), chat), "held messages add nothing to the unread count");
        assertEquals(1, chats.findHistory(chat, null, 50, p.kuznetsov()).size());
        assertEquals(List.of("Не забудьте форму"), heldMessages.findHeldMessages(chat, p.ivanova()).stream()
                .map(HeldItem::body).toList(), "the author sees their own held message");
        assertEquals(0, heldMessages.releaseHeldMessages(), "nothing is due at night");

        moveTo("2026-09-02T06:59:59");
        assertEquals(0, heldMessages.releaseHeldMessages());
        moveTo("2026-09-02T07:00:00");
        assertEquals(2, heldMessages.releaseHeldMessages());

        List<ChatMessage> history = chats.findHistory(chat, null, 50, p.kuznetsov());
        assertEquals(List.of("Последнее до тишины", "Не забудьте форму", "А я уже собрал"),
                history.stream().map(ChatMessage::body).toList());
        assertEquals(3, unread(p.kuznetsov(), chat), "the transferred student's night message went nowhere");
        assertEquals(3, seen.size());
        assertTrue(heldMessages.findHeldMessages(chat, p.ivanova()).isEmpty());
        assertEquals(0, heldMessages.releaseHeldMessages(), "delivered once");
    }

    @Test
    void urgentMessagesGoOutAtNightAndTheAuthorMayEditOrWithdrawHeldOnes() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.PARENTS, p.class5a());
        moveTo("2026-09-03T22:30:00");

        PostOutcome urgent = chats.postMessage(new NewMessage(chat, "urgent-01", "Завтра школа закрыта: нет тепла",
                null, true, List.of(), List.of()), Actor.of(p.ivanova()));
        PostOutcome held = chats.postMessage(NewMessage.text(chat, "held-0001", "Спасибо за предупреждение"),
                Actor.of(p.petrova()));
        PostOutcome withdrawn = chats.postMessage(NewMessage.text(chat, "held-0002", "Ой, не туда"), Actor.of(p.petrova()));
        assertRefused("chat.urgent.forbidden", () -> chats.postMessage(new NewMessage(chat, "urgent-02",
                "Тоже срочно", null, true, List.of(), List.of()), Actor.of(p.petrova())));
        StoredFile note = chats.uploadAttachment(chat, "справка.txt",
                new java.io.ByteArrayInputStream("Справка".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Actor.of(p.petrova()));
        chats.postMessage(new NewMessage(chat, "held-0004", "Справка", null, false, List.of(),
                List.of(note.id(), note.id())), Actor.of(p.petrova()));
        heldMessages.editHeldMessage(held.held().id(), "Спасибо, что предупредили", Actor.of(p.petrova()));
        heldMessages.withdrawHeldMessage(withdrawn.held().id(), Actor.of(p.petrova()));
        assertRefused("chat.message.notYours", () -> heldMessages.withdrawHeldMessage(held.held().id(), Actor.of(p.ivanova())));

        assertTrue(urgent.delivered().urgent());
        assertEquals(1, unread(p.petrova(), chat));
        moveTo("2026-09-04T07:00:00");
        heldMessages.releaseHeldMessages();
        List<ChatMessage> morning = chats.findHistory(chat, null, 50, p.ivanova());
        assertEquals(List.of("Завтра школа закрыта: нет тепла", "Спасибо, что предупредили", "Справка"),
                morning.stream().map(ChatMessage::body).toList());
        assertEquals(1, morning.getLast().attachments().size(), "the same file named twice goes once");
    }

    private int unread(long accountId, long chat) {
        return chats.findChats(accountId).stream().filter(c -> c.conversationId() == chat).findFirst().orElseThrow()
                .unread();
    }

    @Test
    void aMessagePostedOnTheLiveConnectionAtNightIsHeldAndItsAnswerSaysUntilWhen() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        moveTo("2026-09-01T22:00:00");
        String answer = liveCommands.run(Actor.of(p.ivanova()), java.util.Locale.ENGLISH,
                new ru.parta.live.LiveCommand("conversation:" + chat, "live-night-1", "Завтра контрольная"));
        assertEquals("{\"held\":" + moscow("2026-09-02T07:00:00").toEpochMilli() + "}", answer);
        assertEquals(List.of("Завтра контрольная"), heldMessages.findHeldMessages(chat, p.ivanova()).stream()
                .map(HeldItem::body).toList());
        assertEquals("{\"error\":\"Chat not found.\"}", liveCommands.run(Actor.of(p.ivanova()), java.util.Locale.ENGLISH,
                new ru.parta.live.LiveCommand("readers:" + chat, "live-night-2", "Не туда")));
    }

    private void moveTo(String moscowTime) {
        clock.advance(Duration.between(clock.instant(), moscow(moscowTime)));
    }

    private static Instant moscow(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
