package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.HeldMessages;
import ru.parta.chat.NewMessage;
import ru.parta.chat.PostOutcome;
import ru.parta.people.PersonaSchool;

/** Pre-moderation: a student's message waits unseen until the class teacher approves it; staff post at once. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class PremoderationTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PremoderationService premoderation;

    @Inject
    ModerationService moderation;

    @Inject
    ChatService chats;

    @Inject
    HeldMessages held;

    @Inject
    EventBus events;

    @Inject
    ReactionLane lane;

    @Test
    void aWaitingMessageIsSeenByNobodyUntilApprovedAndARejectedOneNever() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long chat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().map(ChatSummary::conversationId).orElseThrow();
        List<ReviewDecided> decided = new CopyOnWriteArrayList<>();
        events.subscribe(ReviewDecided.class, decided::add);
        assertRefused("moderation.outOfScope", () -> premoderation.setPremoderation(chat, true, Actor.of(p.petrov())));
        premoderation.setPremoderation(chat, true, Actor.of(p.ivanova()));
        assertTrue(premoderation.isPremoderated(chat));

        PostOutcome waiting = chats.postMessage(NewMessage.text(chat, "premod-001", "Можно выйти пораньше?"),
                Actor.of(p.petrov()));
        assertTrue(waiting.isHeld());
        assertTrue(waiting.held().awaitingReview());
        PostOutcome rejected = chats.postMessage(NewMessage.text(chat, "premod-002", "Го в кино вместо урока"),
                Actor.of(p.sidorova()));
        assertFalse(chats.postMessage(NewMessage.text(chat, "premod-003", "Напоминаю про контрольную"),
                Actor.of(p.ivanova())).isHeld(), "staff post at once");
        assertEquals(List.of("Напоминаю про контрольную"), bodies(chat, p.sidorova()), "nobody sees a waiting message");
        assertEquals(0, held.releaseHeldMessages(), "waiting messages are not released by time");
        assertEquals(2, premoderation.findPendingReviews(p.ivanova()).size());
        assertEquals(0, premoderation.findPendingReviews(p.petrova()).size(), "a parent moderates nothing");

        assertRefused("moderation.outOfScope", () -> premoderation.approveMessage(waiting.held().id(), Actor.of(p.volkov())));
        premoderation.approveMessage(waiting.held().id(), Actor.of(p.ivanova()));
        premoderation.rejectMessage(rejected.held().id(), ModerationReason.OTHER, Actor.of(p.kuznetsov()));
        assertRefused("moderation.review.gone", () -> premoderation.approveMessage(rejected.held().id(),
                Actor.of(p.ivanova())));
        assertEquals(List.of("Напоминаю про контрольную", "Можно выйти пораньше?"), bodies(chat, p.sidorova()));
        assertEquals(List.of(true, false), decided.stream().map(ReviewDecided::approved).toList());
        assertTrue(held.findHeldMessages(chat, p.sidorova()).isEmpty(), "the rejected one is gone");

        premoderation.setPremoderation(chat, false, Actor.of(p.ivanova()));
        assertFalse(chats.postMessage(NewMessage.text(chat, "premod-004", "Спасибо!"), Actor.of(p.petrov())).isHeld());
        assertEquals(-1, moderation.checkLogChain(Actor.of(p.smirnova())));
    }

    private List<String> bodies(long chat, long viewer) {
        return chats.findHistory(chat, null, 50, viewer).stream().map(ChatMessage::body).toList();
    }

    private static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}
