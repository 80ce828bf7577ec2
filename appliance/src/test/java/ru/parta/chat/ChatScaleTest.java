package ru.parta.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.files.FileGate;
import ru.parta.files.StoredFile;
import ru.parta.people.PeopleDirectory;
import ru.parta.people.PeopleFilter;
import ru.parta.people.PersonaSchool;
import ru.parta.people.RosterImportService;
import ru.parta.people.RosterKind;
import ru.parta.people.RosterProgress;
import ru.parta.testing.StatementCounter;

/** Posting costs the same whatever the size of the chat; chat files are for its members only. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
// The test flushes read pointers itself, so the once-a-second flush cannot move its count.
@Property(name = "parta.chat.read-flush", value = "1h")
class ChatScaleTest {

    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
        "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
        "Егоров", "Павлов", "Козлов", "Степанов", "Николаев"};
    private static final String[] NAMES = {"Артём", "Максим", "Иван", "Егор", "Никита", "Дмитрий", "Михаил",
        "Кирилл", "Матвей", "Тимофей"};
    private static final String[] PATRONYMICS = {"Сергеевич", "Андреевич", "Олегович", "Павлович", "Юрьевич"};

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    ReadPointers pointers;

    @Inject
    ChatTestSupport support;

    @Inject
    RosterImportService roster;

    @Inject
    JdbcOperations jdbc;

    @Inject
    FileGate gate;

    @Inject
    ru.parta.access.SessionService sessions;

    @Test
    void aMessageToAThousandMembersCostsWhatAMessageToFourCosts() {
        PersonaSchool.Persona p = personaSchool.create();
        long small = support.chatOf(ConversationKind.CLASS, p.class5a());
        long large = support.chatOf(ConversationKind.CLASS, p.class6b());
        StringBuilder csv = new StringBuilder("ФИО;Класс\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(SURNAMES[i % 20]).append(' ').append(NAMES[i / 20 % 10]).append(' ')
                    .append(PATRONYMICS[i / 200]).append(";6Б\n");
        }
        roster.importRoster(RosterKind.STUDENTS, csv.toString().getBytes(StandardCharsets.UTF_8), Actor.of(p.smirnova()),
                RosterProgress.NONE);
        support.settle();
        assertEquals(1002, chats.findChats(p.kuznetsov()).stream().filter(c -> c.conversationId() == large)
                .findFirst().orElseThrow().memberCount(), "1,000 imported, Волков and the maths teacher");
        chats.postMessage(NewMessage.text(small, "warm-up-1", "Разогрев"), Actor.of(p.kuznetsov()));
        chats.postMessage(NewMessage.text(large, "warm-up-2", "Разогрев"), Actor.of(p.kuznetsov()));

        long smallCost = counter.count(() -> chats.postMessage(NewMessage.text(small, "small-chat",
                "Домашнее задание: №5"), Actor.of(p.kuznetsov())));
        long largeCost = counter.count(() -> chats.postMessage(NewMessage.text(large, "large-chat",
                "Домашнее задание: №5"), Actor.of(p.kuznetsov())));

        assertEquals(smallCost, largeCost, "statements for 4 members vs 1,002 members");
        assertEquals(POST_MESSAGE, largeCost, "a fixed handful of statements");
        assertHotReadsCostAFixedNumberOfStatements(p, large, counter);
        assertAPostToTheSchoolChannelCostsWhatAPostToTheStaffChannelCosts(p);
    }

    /** An announcement to the whole school (1,000 more students) is one message row too, as to the four staff. */
    private void assertAPostToTheSchoolChannelCostsWhatAPostToTheStaffChannelCosts(PersonaSchool.Persona p) {
        List<ChatSummary> channels = chats.findChats(p.smirnova());
        ChatSummary school = channels.stream().filter(c -> "SCHOOL".equals(c.systemKey())).findFirst().orElseThrow();
        long staff = channels.stream().filter(c -> "STAFF".equals(c.systemKey())).findFirst().orElseThrow()
                .conversationId();
        assertTrue(school.memberCount() > 1000, "the school channel follows the roster: " + school.memberCount());
        chats.postMessage(NewMessage.text(school.conversationId(), "warm-up-3", "Разогрев"), Actor.of(p.smirnova()));
        chats.postMessage(NewMessage.text(staff, "warm-up-4", "Разогрев"), Actor.of(p.smirnova()));
        long toStaff = counter.count(() -> chats.postMessage(NewMessage.text(staff, "staff-post",
                "Педсовет в 15:00").withAckRequired(), Actor.of(p.smirnova())));
        long toSchool = counter.count(() -> chats.postMessage(NewMessage.text(school.conversationId(), "school-post",
                "Завтра сокращённые уроки").withAckRequired(), Actor.of(p.smirnova())));
        assertEquals(toStaff, toSchool, "statements for 4 staff vs the whole school");
        assertEquals(POST_MESSAGE, toSchool, "the same handful as any chat message");
    }

    /**
     * The reads every screen repeats, locked at their statement counts in a chat of 1,002 members:
     * a change that adds a statement per row or per chat fails here, not in a school.
     */
    private void assertHotReadsCostAFixedNumberOfStatements(PersonaSchool.Persona p, long large,
                                                            StatementCounter counter) {
        for (int i = 0; i < 32; i++) {  // two authors, each within the sending rate
            chats.postMessage(NewMessage.text(large, "history-" + i, "Сообщение " + i),
                    Actor.of(i % 2 == 0 ? p.kuznetsov() : p.volkov()));
        }
        assertEquals(CHAT_LIST, counter.count(() -> chats.findChats(p.kuznetsov())), "the chat list");
        assertEquals(HISTORY_PAGE, counter.count(() -> chats.findHistory(large, null, 50, p.kuznetsov())),
                "a history page");
        long latest = chats.findHistory(large, null, 1, p.kuznetsov()).getLast().id();
        List<Long> readers = List.of(p.kuznetsov(), p.volkov());  // the imported students have not activated
        readers.forEach(id -> pointers.markReadSoon(large, latest, Actor.of(id)));
        assertEquals(READ_POINTER_FLUSH, counter.count(pointers::flushReadPointers), "one batch for every reader");
        assertEquals(PEOPLE_PAGE, counter.count(() -> directory.findPeople(
                accounts.findAccount(p.smirnova()).orElseThrow(), PeopleFilter.ALL, 0, 50)), "a people page");
    }

    /** Checking the author, writing the message and its counters, the sending rate. */
    private static final long POST_MESSAGE = 11;
    private static final long CHAT_LIST = 4;
    private static final long HISTORY_PAGE = 5;
    private static final long READ_POINTER_FLUSH = 1;
    private static final long PEOPLE_PAGE = 6;

    @Inject
    StatementCounter counter;

    @Inject
    PeopleDirectory directory;

    @Inject
    AccountService accounts;

    @Test
    void aChatFileIsSeenByItsUploaderUntilSentThenByMembersOnly() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        String teacherSession = sessions.startSession(p.ivanova(), "127.0.0.1", "test");
        String studentSession = sessions.startSession(p.petrov(), "127.0.0.1", "test");
        String outsiderSession = sessions.startSession(p.volkov(), "127.0.0.1", "test");
        StoredFile file = chats.uploadAttachment(chat, "план.txt",
                new ByteArrayInputStream("План экскурсии".getBytes(StandardCharsets.UTF_8)), Actor.of(p.ivanova()));

        assertTrue(gate.open(file.id(), p.ivanova(), teacherSession, false).isPresent());
        assertFalse(gate.open(file.id(), p.petrov(), studentSession, false).isPresent(), "not sent yet");
        ChatMessage sent = chats.postMessage(new NewMessage(chat, "with-file-1", "", null, false, List.of(),
                List.of(file.id())), Actor.of(p.ivanova())).delivered();

        assertEquals("план.txt", sent.attachments().getFirst().name());
        assertTrue(gate.open(file.id(), p.petrov(), studentSession, false).isPresent());
        assertFalse(gate.open(file.id(), p.volkov(), outsiderSession, false).isPresent(), "not a member");
        ChatServiceTest.assertRefused("chat.attachments.gone", () -> chats.postMessage(new NewMessage(chat,
                "with-file-2", "Чужой файл", null, false, List.of(), List.of(file.id())), Actor.of(p.petrov())));
        chats.deleteMessage(sent.id(), Actor.of(p.ivanova()));
        assertFalse(gate.open(file.id(), p.petrov(), studentSession, false).isPresent(), "deleted with its message");
    }
}
