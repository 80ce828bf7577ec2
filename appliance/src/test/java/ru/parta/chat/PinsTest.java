package ru.parta.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.parta.chat.ChatServiceTest.assertRefused;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.event.EventBus;
import ru.parta.people.PersonaSchool;

/** One pinned message per chat: staff pin in chats, authors in channels; a deleted message is no pin. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class PinsTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    Pins pins;

    @Inject
    ChatTestSupport support;

    @Inject
    EventBus events;

    @Test
    void aTeacherPinsTheTimetableAndAStudentCannot() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        List<Pins.PinChanged> changes = new CopyOnWriteArrayList<>();
        events.subscribe(Pins.PinChanged.class, changes::add);
        long timetable = chats.postMessage(NewMessage.text(chat, "pin-test-1", "Расписание на неделю"),
                Actor.of(p.ivanova())).delivered().id();
        long other = chats.postMessage(NewMessage.text(chat, "pin-test-2", "Спасибо!"), Actor.of(p.petrov()))
                .delivered().id();

        assertRefused("chat.pin.forbidden", () -> pins.pinMessage(other, Actor.of(p.petrov())));
        assertFalse(pins.mayPin(chat, p.petrov()));
        assertTrue(pins.mayPin(chat, p.kuznetsov()));
        pins.pinMessage(timetable, Actor.of(p.ivanova()));
        assertEquals("Расписание на неделю", pins.findPinned(chat, p.petrov()).orElseThrow().body());
        assertEquals(timetable, changes.getLast().message().id(), "open screens learn of the pin");
        pins.pinMessage(other, Actor.of(p.kuznetsov()));
        assertEquals(other, pins.findPinned(chat, p.petrov()).orElseThrow().id(), "a new pin replaces the old");

        chats.deleteMessage(other, Actor.of(p.petrov()));
        assertTrue(pins.findPinned(chat, p.ivanova()).isEmpty(), "a deleted message is shown pinned to nobody");
        pins.pinMessage(timetable, Actor.of(p.ivanova()));
        pins.unpinMessage(chat, Actor.of(p.ivanova()));
        assertTrue(pins.findPinned(chat, p.petrov()).isEmpty());
        assertRefused("chat.notFound", () -> pins.findPinned(chat, p.volkov()));
    }
}
