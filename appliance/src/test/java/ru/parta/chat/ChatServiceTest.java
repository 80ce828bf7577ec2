package ru.parta.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;

/** Messages in a class chat: posting, history, read pointers, edits, reactions, limits. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class ChatServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    ReadPointers pointers;

    @Inject
    Reactions reactions;

    @Inject
    ChatTestSupport support;

    @Inject
    PeopleService people;

    @Inject
    AuditLog auditLog;

    @Inject
    EventBus events;

    @Inject
    TestClock clock;

    @Inject
    ru.parta.people.PersonalDataExport export;

    @Inject
    ru.parta.people.ErasureService erasure;

    private PersonaSchool.Persona p;
    private long classChat;
    private int keys;

    @BeforeEach
    void school() {
        p = personaSchool.create();
        classChat = support.chatOf(ConversationKind.CLASS, p.class5a());
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void aMessageReachesTheClassWithItsUnreadCountsAndReadPointers() {
        List<MessagePosted> posted = new CopyOnWriteArrayList<>();
        events.subscribe(MessagePosted.class, posted::add);

        PostOutcome outcome = chats.postMessage(message("Завтра контрольная\nпо дробям"), Actor.of(p.ivanova()));

        ChatMessage sent = outcome.delivered();
        assertNotNull(sent);
        assertEquals("Завтра контрольная\nпо дробям", sent.body());
        assertEquals(List.of(sent), posted.stream().map(MessagePosted::message).toList());
        assertEquals(1, unread(p.petrov()));
        assertEquals(0, unread(p.ivanova()), "one's own message is never unread");
        assertEquals(0, pointers.countReaders(classChat, List.of(sent.id()), p.ivanova()).get(sent.id()));

        pointers.markRead(classChat, sent.id(), Actor.of(p.petrov()));
        pointers.markRead(classChat, sent.id() - 1, Actor.of(p.petrov()));

        assertEquals(0, unread(p.petrov()), "the pointer never moves back");
        assertEquals(1, pointers.countReaders(classChat, List.of(sent.id()), p.ivanova()).get(sent.id()));
        assertTrue(chats.findChats(p.petrova()).stream().noneMatch(c -> c.conversationId() == classChat),
                "a parent is in the parent chat, not the class chat");
        PartaException outsider = assertThrows(PartaException.class,
                () -> chats.findHistory(classChat, null, 50, p.volkov()));
        assertEquals(ErrorCategory.NOT_FOUND, outsider.category());
    }

    @Test
    void readByCountsOtherMembersUpToTheirPointersNeverTheAuthorNorWhoLeft() {
        long first = chats.postMessage(message("Первое"), Actor.of(p.ivanova())).delivered().id();
        long second = chats.postMessage(message("Второе"), Actor.of(p.ivanova())).delivered().id();
        assertEquals(Map.of(first, 0, second, 0), pointers.countReaders(classChat, List.of(first, second), p.ivanova()));

        pointers.markRead(classChat, second, Actor.of(p.petrov()));
        pointers.markRead(classChat, first, Actor.of(p.sidorova()));
        assertEquals(Map.of(first, 2, second, 1), pointers.countReaders(classChat, List.of(first, second), p.ivanova()));
        long answer = chats.postMessage(message("Ответ"), Actor.of(p.petrov())).delivered().id();
        assertEquals(Map.of(answer, 0), pointers.countReaders(classChat, List.of(answer), p.petrov()),
                "the author's own pointer is past the answer, but an author is not a reader");

        pointers.markRead(classChat, answer, Actor.of(p.ivanova()));
        assertEquals(Map.of(answer, 1), pointers.countReaders(classChat, List.of(answer), p.petrov()));
        people.transferStudent(p.sidorova(), p.class6b(), Actor.of(p.smirnova()));
        support.settle();
        assertEquals(Map.of(first, 1, second, 1), pointers.countReaders(classChat, List.of(first, second), p.ivanova()),
                "someone who left no longer counts");
    }

    @Test
    void pointersNotedByOpenScreensAreWrittenTogetherForwardOnly() {
        List<ReadPointerMoved> moved = new CopyOnWriteArrayList<>();
        events.subscribe(ReadPointerMoved.class, moved::add);
        ChatMessage first = chats.postMessage(message("Первое"), Actor.of(p.ivanova())).delivered();
        ChatMessage second = chats.postMessage(message("Второе"), Actor.of(p.ivanova())).delivered();
        pointers.flushReadPointers();
        moved.clear();

        pointers.markReadSoon(classChat, first.id(), Actor.of(p.petrov()));
        pointers.markReadSoon(classChat, second.id(), Actor.of(p.petrov()));
        pointers.markReadSoon(classChat, first.id(), Actor.of(p.petrov()));
        pointers.markReadSoon(classChat, first.id(), Actor.of(p.sidorova()));

        assertEquals(2, unread(p.petrov()), "nothing is written until the flush");
        assertEquals(2, pointers.flushReadPointers());
        assertEquals(0, unread(p.petrov()), "the furthest noted message counts, not the last noted");
        assertEquals(1, unread(p.sidorova()));
        assertEquals(2, moved.size(), "one event per reader whose pointer moved");
        assertEquals(0, pointers.flushReadPointers(), "nothing noted, nothing written");

        pointers.markReadSoon(classChat, first.id(), Actor.of(p.petrov()));
        assertEquals(0, pointers.flushReadPointers(), "an older message noted late does not move the pointer back");
        assertEquals(0, unread(p.petrov()));
    }

    @Test
    void historyIsReadBackwardsInPagesWithoutGapsOrRepeats() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            ids.add(chats.postMessage(message("Сообщение " + i), Actor.of(i % 2 == 0 ? p.petrov() : p.ivanova()))
                    .delivered().id());
            clock.advance(Duration.ofSeconds(1));
        }
        List<Long> read = new ArrayList<>();
        Long before = null;
        List<ChatMessage> page;
        do {
            page = chats.findHistory(classChat, before, 20, p.sidorova());
            read.addAll(0, page.stream().map(ChatMessage::id).toList());
            before = page.isEmpty() ? null : page.getFirst().id();
        } while (page.size() == 20);
        assertEquals(ids, read);
        assertEquals("Сообщение 45", chats.findHistory(classChat, null, 1, p.sidorova()).getFirst().body());
    }

    @Test
    void unreadCountsStopAtAHundred() {
        for (int i = 0; i < 105; i++) {
            chats.postMessage(message("Объявление " + i), Actor.of(p.ivanova()));
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(100, unread(p.petrov()), "counting further would cost time for nothing: the list says 99+");
        pointers.markRead(classChat, chats.findHistory(classChat, null, 1, p.petrov()).getFirst().id(), Actor.of(p.petrov()));
        assertEquals(0, unread(p.petrov()));
    }

    @Test
    void sendingTheSameClientKeyTwiceMakesOneMessage() {
        NewMessage once = message("Проверка связи");
        ChatMessage first = chats.postMessage(once, Actor.of(p.petrov())).delivered();
        ChatMessage again = chats.postMessage(once, Actor.of(p.petrov())).delivered();

        assertEquals(first.id(), again.id());
        assertEquals(1, chats.findHistory(classChat, null, 50, p.petrov()).size());
    }

    @Test
    void badTextIsRefusedAndHtmlIsKeptAsText() {
        assertRefused("chat.message.empty", () -> chats.postMessage(message(""), Actor.of(p.petrov())));
        assertRefused("chat.message.empty", () -> chats.postMessage(message("  \n\t  "), Actor.of(p.petrov())));
        assertRefused("chat.message.tooLong", () -> chats.postMessage(message("я".repeat(4001)), Actor.of(p.petrov())));
        assertRefused("chat.message.badKey", () -> chats.postMessage(
                NewMessage.text(classChat, "<bad key>", "Привет"), Actor.of(p.petrov())));

        ChatMessage exactly = chats.postMessage(message("я".repeat(4000)), Actor.of(p.petrov())).delivered();
        ChatMessage html = chats.postMessage(message("<script>alert(1)</script> <b>жирный</b>\u202E"), Actor.of(p.petrov()))
                .delivered();

        assertEquals(4000, exactly.body().length());
        assertEquals("<script>alert(1)</script> <b>жирный</b>", html.body(),
                "kept as typed (shown as text), only the direction override is dropped");
        assertEquals(2, chats.findHistory(classChat, null, 50, p.petrov()).size());
    }

    @Test
    void onlyTheAuthorEditsOrDeletesAndEveryScreenHearsOfIt() {
        List<MessageChanged> changes = new CopyOnWriteArrayList<>();
        events.subscribe(MessageChanged.class, changes::add);
        ChatMessage sent = chats.postMessage(message("Собрание в пятницу"), Actor.of(p.ivanova())).delivered();

        assertRefused("chat.message.notYours", () -> chats.editMessage(sent.id(), "Взлом", Actor.of(p.petrov())));
        assertRefused("chat.message.notYours", () -> chats.deleteMessage(sent.id(), Actor.of(p.petrov())));
        clock.advance(Duration.ofMinutes(2));
        ChatMessage edited = chats.editMessage(sent.id(), "Собрание в субботу", Actor.of(p.ivanova()));
        ChatMessage deleted = chats.deleteMessage(sent.id(), Actor.of(p.ivanova()));

        assertEquals("Собрание в субботу", edited.body());
        assertNotNull(edited.editedAt());
        assertTrue(deleted.deleted());
        assertEquals("", deleted.body(), "the text of a deleted message is gone");
        assertEquals(2, changes.size());
        assertRefused("chat.message.deleted", () -> chats.editMessage(sent.id(), "Снова", Actor.of(p.ivanova())));
        assertTrue(chats.findHistory(classChat, null, 50, p.petrov()).getFirst().deleted(),
                "the deleted mark keeps its place in history");
    }

    @Test
    void repliesQuoteTheOriginalOfTheSameChatOnly() {
        ChatMessage question = chats.postMessage(message("Что задано на завтра?"), Actor.of(p.petrov())).delivered();
        ChatMessage answer = chats.postMessage(new NewMessage(classChat, key(), "Параграф 12", question.id(), false,
                List.of(), List.of()), Actor.of(p.ivanova())).delivered();

        assertEquals(question.id(), answer.replyTo().messageId());
        assertEquals("Петров Артём", answer.replyTo().authorName());
        assertEquals("Что задано на завтра?", answer.replyTo().snippet());
        long otherChat = support.chatOf(ConversationKind.CLASS, p.class6b());
        assertRefused("chat.reply.gone", () -> chats.postMessage(new NewMessage(otherChat, key(), "Ответ",
                question.id(), false, List.of(), List.of()), Actor.of(p.kuznetsov())));
    }

    @Test
    void mentionsKeepOnlyMembersAndShowInTheChatList() {
        ChatMessage sent = chats.postMessage(new NewMessage(classChat, key(), "@Петров Артём, зайди после урока",
                null, false, List.of(p.petrov(), p.volkov()), List.of()), Actor.of(p.ivanova())).delivered();

        assertEquals(List.of(p.petrov()), sent.mentionIds(), "Волков is not in 5А's chat");
        assertEquals(1, summary(p.petrov()).unreadMentions());
        assertEquals(0, summary(p.sidorova()).unreadMentions());
    }

    @Test
    void reactionsToggleAreLimitedToThreeAndToTheOfferedSet() {
        ChatMessage sent = chats.postMessage(message("Молодцы!"), Actor.of(p.ivanova())).delivered();

        reactions.toggleReaction(sent.id(), "👍", Actor.of(p.petrov()));
        reactions.toggleReaction(sent.id(), "👍", Actor.of(p.sidorova()));
        reactions.toggleReaction(sent.id(), "❤️", Actor.of(p.petrov()));
        reactions.toggleReaction(sent.id(), "😂", Actor.of(p.petrov()));
        assertRefused("chat.reaction.tooMany", () -> reactions.toggleReaction(sent.id(), "👏", Actor.of(p.petrov())));
        assertRefused("chat.reaction.unknown", () -> reactions.toggleReaction(sent.id(), "<img>", Actor.of(p.petrov())));
        ChatMessage after = reactions.toggleReaction(sent.id(), "😂", Actor.of(p.petrov()));

        assertEquals(List.of(new ChatMessage.Reaction("❤️", List.of(p.petrov())),
                new ChatMessage.Reaction("👍", List.of(p.petrov(), p.sidorova()))), after.reactions().stream()
                .sorted(java.util.Comparator.comparing(ChatMessage.Reaction::emoji)).toList());
        assertRefused("chat.notMember", () -> reactions.toggleReaction(sent.id(), "👍", Actor.of(p.volkov())));
    }

    @Test
    void floodsAreStoppedWithAClearMessageAndTheWindowMovesOn() {
        for (int i = 0; i < 20; i++) {
            chats.postMessage(message("Раз " + i), Actor.of(p.petrov()));
        }
        assertRefused("chat.rate.messages", () -> chats.postMessage(message("Двадцать первое"), Actor.of(p.petrov())));
        chats.postMessage(message("Учителя это не касается"), Actor.of(p.ivanova()));
        clock.advance(Duration.ofSeconds(10));
        chats.postMessage(message("Снова можно"), Actor.of(p.petrov()));

        assertEquals(22, chats.findHistory(classChat, null, 100, p.petrov()).size());
        for (int i = 0; i < 30; i++) {
            reactions.toggleReaction(chats.findHistory(classChat, null, 1, p.petrov()).getFirst().id(), "👍",
                    Actor.of(p.sidorova()));
        }
        assertRefused("chat.rate.reactions", () -> reactions.toggleReaction(
                chats.findHistory(classChat, null, 1, p.petrov()).getFirst().id(), "👍", Actor.of(p.sidorova())));
    }

    @Test
    void someoneWhoLeftTheClassCanNoLongerPostOrRead() {
        chats.postMessage(message("До перевода"), Actor.of(p.sidorova()));
        people.transferStudent(p.sidorova(), p.class6b(), Actor.of(p.smirnova()));
        support.settle();

        assertRefused("chat.notMember", () -> chats.postMessage(message("После перевода"), Actor.of(p.sidorova())));
        assertThrows(PartaException.class, () -> chats.findHistory(classChat, null, 50, p.sidorova()));
        pointers.markReadSoon(classChat, Long.MAX_VALUE, Actor.of(p.sidorova()));  // a screen left open
        assertEquals(0, pointers.flushReadPointers(), "the pointer of someone who left does not move");
        long chat6b = support.chatOf(ConversationKind.CLASS, p.class6b());
        assertTrue(chats.findChats(p.sidorova()).stream().anyMatch(c -> c.conversationId() == chat6b));
        assertEquals(0, chats.findChats(p.sidorova()).stream().filter(c -> c.conversationId() == chat6b)
                .findFirst().orElseThrow().unread(), "a newcomer starts with nothing unread");
    }

    @Test
    void urgentMessagesAreForTheRolesThePolicyNamesAndAreLogged() {
        assertRefused("chat.urgent.forbidden", () -> chats.postMessage(new NewMessage(classChat, key(), "Срочно!",
                null, true, List.of(), List.of()), Actor.of(p.petrov())));

        ChatMessage urgent = chats.postMessage(new NewMessage(classChat, key(), "Уроки отменены: прорыв трубы",
                null, true, List.of(), List.of()), Actor.of(p.ivanova())).delivered();

        assertTrue(urgent.urgent());
        assertTrue(auditLog.findByAction("chat.urgent").stream()
                .anyMatch(e -> e.subject().endsWith(" " + urgent.id())));
    }

    @Test
    void onesOwnMessagesGoIntoOnesOwnDataArchive() throws Exception {
        chats.postMessage(message("Моё сообщение; с точкой с запятой"), Actor.of(p.petrov()));
        chats.postMessage(message("Чужое сообщение"), Actor.of(p.sidorova()));

        String csv = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                export.exportOwnData(Actor.of(p.petrov()))))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("messages.csv")) {
                    csv = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertNotNull(csv);
        assertTrue(csv.contains("\"Моё сообщение; с точкой с запятой\""), csv);
        assertFalse(csv.contains("Чужое"), csv);
    }

    @Test
    void erasingAPersonErasesTheTextsOfTheirMessagesButKeepsTheirPlaces() {
        ChatMessage theirs = chats.postMessage(message("Мой телефон 8-900-000-00-00"), Actor.of(p.sidorova())).delivered();
        ChatMessage other = chats.postMessage(message("Спасибо"), Actor.of(p.petrov())).delivered();
        reactions.toggleReaction(other.id(), "👍", Actor.of(p.sidorova()));

        ru.parta.people.ErasureRecord record = erasure.erasePerson(p.sidorova(), Actor.of(p.smirnova()));

        List<ChatMessage> history = chats.findHistory(classChat, null, 50, p.petrov());
        assertEquals(List.of(theirs.id(), other.id()), history.stream().map(ChatMessage::id).toList());
        assertTrue(history.getFirst().deleted());
        assertEquals("", history.getFirst().body());
        assertTrue(history.get(1).reactions().isEmpty());
        assertTrue(record.categories().contains("erasure.category.messages"), record.categories());
    }

    private int unread(long accountId) {
        return summary(accountId).unread();
    }

    private ChatSummary summary(long accountId) {
        return chats.findChats(accountId).stream().filter(c -> c.conversationId() == classChat).findFirst()
                .orElseThrow();
    }

    private NewMessage message(String text) {
        return NewMessage.text(classChat, key(), text);
    }

    private String key() {
        return "test-key-" + (++keys) + "-" + Instant.now().toEpochMilli();
    }

    static void assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }
}
