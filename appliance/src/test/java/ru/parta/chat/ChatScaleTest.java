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
import ru.parta.files.FileGate;
import ru.parta.files.StoredFile;
import ru.parta.people.PersonaSchool;
import ru.parta.people.RosterImportService;
import ru.parta.people.RosterKind;
import ru.parta.people.RosterProgress;

/** Posting costs the same whatever the size of the chat; chat files are for its members only. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
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
        roster.importRoster(RosterKind.STUDENTS, csv.toString().getBytes(StandardCharsets.UTF_8), p.smirnova(),
                RosterProgress.NONE);
        assertEquals(1002, chats.findChats(p.kuznetsov()).stream().filter(c -> c.conversationId() == large)
                .findFirst().orElseThrow().memberCount(), "1,000 imported, Волков and the maths teacher");
        chats.postMessage(NewMessage.text(small, "warm-up-1", "Разогрев"), p.kuznetsov());
        chats.postMessage(NewMessage.text(large, "warm-up-2", "Разогрев"), p.kuznetsov());

        StatementCounter counter = new StatementCounter(jdbc);
        long before = counter.executed();
        chats.postMessage(NewMessage.text(small, "small-chat", "Домашнее задание: №5"), p.kuznetsov());
        long smallCost = counter.executed() - before;
        before = counter.executed();
        chats.postMessage(NewMessage.text(large, "large-chat", "Домашнее задание: №5"), p.kuznetsov());
        long largeCost = counter.executed() - before;

        assertEquals(smallCost, largeCost, "statements for 4 members vs 1,002 members");
        assertTrue(largeCost <= 15, "a fixed handful of statements, was " + largeCost);
    }

    @Test
    void aChatFileIsSeenByItsUploaderUntilSentThenByMembersOnly() {
        PersonaSchool.Persona p = personaSchool.create();
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        String teacherSession = sessions.startSession(p.ivanova(), "127.0.0.1", "test");
        String studentSession = sessions.startSession(p.petrov(), "127.0.0.1", "test");
        String outsiderSession = sessions.startSession(p.volkov(), "127.0.0.1", "test");
        StoredFile file = chats.uploadAttachment(chat, "план.txt",
                new ByteArrayInputStream("План экскурсии".getBytes(StandardCharsets.UTF_8)), p.ivanova());

        assertTrue(gate.open(file.id(), p.ivanova(), teacherSession, false).isPresent());
        assertFalse(gate.open(file.id(), p.petrov(), studentSession, false).isPresent(), "not sent yet");
        ChatMessage sent = chats.postMessage(new NewMessage(chat, "with-file-1", "", null, false, List.of(),
                List.of(file.id())), p.ivanova()).delivered();

        assertEquals("план.txt", sent.attachments().getFirst().name());
        assertTrue(gate.open(file.id(), p.petrov(), studentSession, false).isPresent());
        assertFalse(gate.open(file.id(), p.volkov(), outsiderSession, false).isPresent(), "not a member");
        ChatServiceTest.assertRefused("chat.attachments.gone", () -> chats.postMessage(new NewMessage(chat,
                "with-file-2", "Чужой файл", null, false, List.of(), List.of(file.id())), p.petrov()));
        chats.deleteMessage(sent.id(), p.ivanova());
        assertFalse(gate.open(file.id(), p.petrov(), studentSession, false).isPresent(), "deleted with its message");
    }
}
