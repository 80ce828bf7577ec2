package ru.parta.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.TestClock;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatPolicyService;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;
import ru.parta.school.SchoolClass;
import ru.parta.ui.Routes;
import ru.parta.ui.support.MicronautBrowserlessTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class ChatViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    ChatPolicyService policy;

    @Inject
    ru.parta.chat.ConversationService conversations;

    @Inject
    ru.parta.chat.DirectChats directChats;

    @Inject
    TestClock clock;

    @Test
    void aStudentSeesTheClassChatFirstAndSendsExactlyOnce() {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = classChat(p.petrov());
        chats.postMessage(NewMessage.text(classChat, "teacher-01", "Завтра экскурсия, см. www.example.ru."),
                Actor.of(p.ivanova()));

        signInAs("petrov", PersonaSchool.PASSWORD);
        open(Routes.CHATS);
        List<String> titles = $(Span.class).withClassName("chat-row-title").all().stream().map(Span::getText).toList();
        assertEquals(List.of("Чат 5А класса"), titles);
        assertEquals(List.of("1"), $(Span.class).withClassName("chat-row-unread").all().stream().map(Span::getText)
                .toList());
        ChatView view = (ChatView) open(Routes.chat(classChat));

        assertEquals(1, bubbles().size());
        JsonNode teachers = content(bubbles().getFirst());
        assertEquals("Иванова Мария Петровна", teachers.path("author").asString());
        assertEquals("[[\"t\",\"Завтра экскурсия, см. \"],[\"a\",\"www.example.ru\",\"http://www.example.ru\"],"
                + "[\"t\",\".\"]]", teachers.path("body").toString(), "the address is a link, the full stop is not");
        assertTrue($(Div.class).withId("chat-divider").exists(), "the unread message sits under the divider");
        assertEquals(0, summary(p.petrov(), classChat).unread(), "opening the chat reads it");
        view.send("browser-key-0001", "Я приду <b>точно</b>");
        view.send("browser-key-0001", "Я приду <b>точно</b>");
        view.send("browser-key-0002", "   ");

        assertEquals(2, bubbles().size(), "the same key twice is one message; blank text is none");
        assertEquals("[[\"t\",\"Я приду <b>точно</b>\"]]", content(bubbles().getLast()).path("body").toString(),
                "markup stays text for the browser to show as text");
        assertEquals(List.of("Я приду <b>точно</b>"), chats.findHistory(classChat, null, 50, p.petrov()).stream()
                .filter(m -> m.authorId() == p.petrov()).map(ChatMessage::body).toList());
        assertTrue(notifications().stream().anyMatch(n -> n.contains("пустое")), notifications().toString());
    }

    @Test
    void nightMessagesAreShownToTheirAuthorAsHeldUntilMorning() {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = classChat(p.petrov());
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-09-01T19:30:00Z")));

        signInAs("ivanova", PersonaSchool.PASSWORD);
        ChatView view = (ChatView) open(Routes.chat(classChat));
        assertTrue($(Div.class).withId("chat-quiet-note").exists());
        view.send("night-key-0001", "Напоминаю про форму");

        assertTrue($(Div.class).withId("chat-held").single().getChildren().findAny().isPresent());
        assertEquals(0, summary(p.petrov(), classChat).unread());
        assertTrue(notifications().stream().anyMatch(n -> n.contains("07:00")), notifications().toString());
    }

    @Test
    void aTeacherCreatesAChatForTheirClassAndAnAdministratorSetsTheRules() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("kuznetsov", PersonaSchool.PASSWORD);
        open(Routes.CHATS);
        click($(Button.class).id("chats-new"));
        test($(TextField.class).id("new-chat-title")).setValue("Олимпиада");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SchoolClass> students = $(MultiSelectComboBox.class).id("new-chat-students");
        students.setValue(Set.of(students.getGenericDataView().getItems().filter(c -> c.label().equals("5А"))
                .findFirst().orElseThrow()));
        click($(Button.class).id("new-chat-create"));

        assertInstanceOf(ChatView.class, getCurrentView());
        assertTrue(chats.findChats(p.sidorova()).stream().anyMatch(c -> c.name().equals("Олимпиада")));

        signInAs("smirnova", PersonaSchool.PASSWORD);
        open(Routes.CHAT_SETTINGS);
        test($(Checkbox.class).id("parentsToParents")).click();
        click($(Button.class).id("chat-settings-save"));
        assertTrue(policy.findPolicy().parentsToParents());

        signInAs("petrov", PersonaSchool.PASSWORD);
        open(Routes.CHAT_SETTINGS);
        assertFalse(getCurrentView() instanceof ChatSettingsView, "students never see the chat rules");
    }

    @Test
    void olderMessagesLoadInPagesAndEditsAndReactionsShowInPlace() {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = classChat(p.petrov());
        for (int i = 1; i <= 60; i++) {
            chats.postMessage(NewMessage.text(classChat, "history-" + (1000 + i), "Сообщение " + i),
                    Actor.of(i % 2 == 0 ? p.ivanova() : p.kuznetsov()));
            clock.advance(Duration.ofSeconds(1));
        }
        signInAs("sidorova", PersonaSchool.PASSWORD);
        ChatView view = (ChatView) open(Routes.chat(classChat));

        assertEquals(ChatView.PAGE, bubbles().size());
        assertEquals("Сообщение 11", bubbles().getFirst().message().body());
        view.loadEarlier();
        assertEquals(60, bubbles().size());
        assertEquals("Сообщение 1", bubbles().getFirst().message().body());
        view.loadEarlier();
        assertEquals(60, bubbles().size(), "nothing older, nothing twice");

        ChatMessage last = bubbles().getLast().message();
        view.toggleReaction(last, "👏");
        assertEquals(List.of(p.sidorova()), chats.findHistory(classChat, null, 1, p.sidorova()).getFirst()
                .reactions().getFirst().accountIds());
        assertEquals("[{\"emoji\":\"👏\",\"ids\":[" + p.sidorova() + "]}]",
                content(bubbles().getLast()).path("reactions").toString(), "the open screen shows the reaction at once");
        chats.deleteMessage(last.id(), Actor.of(last.authorId()));
        JsonNode deleted = content(bubbles().getLast());
        assertTrue(deleted.path("deleted").asBoolean());
        assertTrue(deleted.path("body").isMissingNode(), "a deleted message's text is not sent to the browser");

        long direct = directChats.openDirectChat(Actor.of(p.sidorova()), p.petrov()).id();
        assertEquals(view, open(Routes.chat(direct)), "the same screen shows the other chat");
        assertEquals(0, bubbles().size(), "nothing of the class chat is left");
        assertEquals(1, $(Div.class).withClassName("chat-pending-list").all().size());
    }

    @Test
    void aChatLeftOpenKeepsTheLatestTwoHundredAndCanLoadTheRestAgain() {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = classChat(p.petrov());
        signInAs("sidorova", PersonaSchool.PASSWORD);
        ChatView view = (ChatView) open(Routes.chat(classChat));
        assertTrue($(Div.class).withId("chat-empty").exists());

        for (int i = 1; i <= ChatView.MAX_SHOWN + 30; i++) {
            chats.postMessage(NewMessage.text(classChat, "live-" + (1000 + i), "Живое " + i),
                    Actor.of(i % 2 == 0 ? p.ivanova() : p.kuznetsov()));
            clock.advance(Duration.ofSeconds(1));
        }

        assertEquals(ChatView.MAX_SHOWN, bubbles().size(), "the oldest left the screen");
        assertEquals("Живое 31", bubbles().getFirst().message().body());
        assertEquals("Живое " + (ChatView.MAX_SHOWN + 30), bubbles().getLast().message().body());
        assertTrue($(Div.class).withId("chat-empty").all().isEmpty(), "the 'no messages yet' note went with the first");
        view.loadEarlier();
        assertEquals(ChatView.MAX_SHOWN + 30, bubbles().size(), "the reader loads them again");
        assertEquals("Живое 1", bubbles().getFirst().message().body());
        chats.postMessage(NewMessage.text(classChat, "live-9999", "Ещё одно"), Actor.of(p.ivanova()));
        assertEquals("Живое 1", bubbles().getFirst().message().body(), "what the reader loaded stays");
    }

    private static JsonNode content(MessageBubble bubble) {
        return JsonMapper.shared().readTree(bubble.content());
    }

    private List<MessageBubble> bubbles() {
        return $(MessageBubble.class).all();
    }

    private long classChat(long accountId) {
        return chats.findChats(accountId).stream().filter(c -> c.kind() == ConversationKind.CLASS).findFirst()
                .orElseThrow().conversationId();
    }

    private ChatSummary summary(long accountId, long chat) {
        return chats.findChat(chat, accountId);
    }
}
