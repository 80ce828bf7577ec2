package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;
import ru.parta.poll.NewPoll;
import ru.parta.poll.PollService;

/** Every text the features take passes the filter first: a refused one leaves nothing behind but the record. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class FilterInFeaturesTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    PollService polls;

    @Inject
    ModerationLogRepository log;

    @Inject
    ReactionLane lane;

    @Inject
    FilterGuard guard;

    @Test
    void aDisguisedObscenityIsRefusedAndRecordedWithoutItsText() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long chat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().orElseThrow().conversationId();
        int before = chats.findHistory(chat, null, 50, p.petrov()).size();

        assertRefused("moderation.refused.obscene", () -> chats.postMessage(NewMessage.text(chat, "filter-test-01",
                "ну ты х у й"), Actor.of(p.petrov())));
        assertRefused("moderation.refused.insult", () -> chats.postMessage(NewMessage.text(chat, "filter-test-02",
                "Сидорова дура"), Actor.of(p.petrov())));
        assertRefused("moderation.refused.obscene", () -> polls.createPoll(new NewPoll(chat, "filter-test-03",
                "Куда пойдём?", List.of("В музей", "На хуй"), false, false, false, null), Actor.of(p.ivanova())));
        long kept = chats.postMessage(NewMessage.text(chat, "filter-test-04", "Возьмите учебник и команду"),
                Actor.of(p.petrov())).delivered().id();
        assertRefused("moderation.refused.obscene", () -> chats.editMessage(kept, "Возьмите учебник, бл@дь",
                Actor.of(p.petrov())));

        assertEquals(before + 1, chats.findHistory(chat, null, 50, p.petrov()).size(), "only the clean one is there");
        List<ModerationRecord> refusals = log.findAllOrderByIdAsc().stream()
                .filter(line -> line.action().equals("filter.refused")).toList();
        assertEquals(4, refusals.size(), refusals.toString());
        for (ModerationRecord refusal : refusals) {
            assertTrue(refusal.targetKind().matches("message|poll|comment|channel|chat"), refusal.toString());
            assertTrue(refusal.contentHash().matches("[0-9a-f]{64}"), "the record keeps a hash, not the text");
            assertFalse(refusal.toString().contains("дура"), refusal.toString());
        }
    }

    @Test
    void fileNamesAndNamesMeetTheFilterButInsultsAreForMessagesOnly() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long chat = chats.findChats(p.petrov()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().orElseThrow().conversationId();
        assertRefused("moderation.refused.obscene", () -> chats.uploadAttachment(chat, "ёбаный_реферат.txt",
                new java.io.ByteArrayInputStream("текст".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Actor.of(p.petrov())));
        assertEquals("козлы и овцы.txt", chats.uploadAttachment(chat, "козлы и овцы.txt",
                new java.io.ByteArrayInputStream("биология".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Actor.of(p.petrov())).name(), "a biology file, not an insult");
        assertTrue(guard.filter().checkName("Козлов Дурасов").passed(), "surnames are names");
        assertFalse(guard.filter().check("Козлов дурак").passed(), "in a message, it is an insult");
    }

    private static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}
