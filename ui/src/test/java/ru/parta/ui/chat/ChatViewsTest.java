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

    @Inject
    ru.parta.chat.ReadPointers pointers;

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
        long pointerBefore = chats.findChat(classChat, p.petrov()).unread() > 0 ? readPointer(classChat, p.petrov()) : -1;
        ChatView view = (ChatView) open(Routes.chat(classChat));

        JsonNode boot = json(view.boot());
        assertEquals(1, boot.path("page").size());
        JsonNode teachers = boot.path("page").get(0);
        assertEquals("Иванова Мария Петровна", teachers.path("author").asString());
        assertEquals("[[\"t\",\"Завтра экскурсия, см. \"],[\"a\",\"www.example.ru\",\"http://www.example.ru\"],"
                + "[\"t\",\".\"]]", teachers.path("body").toString(), "the address is a link, the full stop is not");
        assertTrue(pointerBefore >= 0 && pointerBefore < teachers.path("id").asLong(),
                "the unread message was past the reader's pointer, where the browser draws the divider");
        assertEquals(teachers.path("id").asLong(), boot.path("pointer").asLong(), "opening the chat reads it");
        assertEquals("conversation:" + classChat, boot.path("topic").asString(), "the tab follows this chat's frames");
        assertEquals(0, summary(p.petrov(), classChat).unread(), "opening the chat reads it");
        view.send("browser-key-0001", "Я приду <b>точно</b>");
        view.send("browser-key-0001", "Я приду <b>точно</b>");
        view.send("browser-key-0002", "   ");

        JsonNode page = json(view.boot()).path("page");
        assertEquals(2, page.size(), "the same key twice is one message; blank text is none");
        assertEquals("[[\"t\",\"Я приду <b>точно</b>\"]]", page.get(1).path("body").toString(),
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

        JsonNode latest = json(view.boot()).path("page");
        assertEquals(ChatView.PAGE, latest.size());
        assertEquals("Сообщение 11", body(latest.get(0)));
        assertTrue(json(view.boot()).path("more").asBoolean());
        JsonNode earlier = json(view.earlier(latest.get(0).path("id").asString())).path("page");
        assertEquals(10, earlier.size());
        assertEquals("Сообщение 1", body(earlier.get(0)));
        assertEquals(0, json(view.earlier(earlier.get(0).path("id").asString())).path("page").size(), "nothing older");
        assertEquals(0, json(view.earlier("1 OR 1=1")).size(), "a forged id is nothing");

        ChatMessage last = chats.findHistory(classChat, null, 1, p.sidorova()).getFirst();
        view.toggleReaction(last, "👏");
        assertEquals(List.of(p.sidorova()), chats.findHistory(classChat, null, 1, p.sidorova()).getFirst()
                .reactions().getFirst().accountIds());
        assertEquals("[{\"emoji\":\"👏\",\"ids\":[" + p.sidorova() + "]}]",
                lastOf(view).path("reactions").toString(), "the reaction is in what the browser draws");
        chats.deleteMessage(last.id(), Actor.of(last.authorId()));
        JsonNode deleted = lastOf(view);
        assertTrue(deleted.path("deleted").asBoolean());
        assertTrue(deleted.path("body").isMissingNode() || deleted.path("body").isNull(),
                "a deleted message's text is not sent to the browser");

        long direct = directChats.openDirectChat(Actor.of(p.sidorova()), p.petrov()).id();
        assertEquals(view, open(Routes.chat(direct)), "the same screen shows the other chat");
        assertEquals(0, json(view.boot()).path("page").size(), "nothing of the class chat is left");
        assertEquals(1, $(Div.class).withClassName("chat-pending-list").all().size());
    }

    private long readPointer(long chat, long accountId) {
        return pointers.findReadPointer(chat, accountId);
    }

    private static JsonNode lastOf(ChatView view) {
        JsonNode page = json(view.boot()).path("page");
        return page.get(page.size() - 1);
    }

    private static String body(JsonNode message) {
        return message.path("body").get(0).get(1).asString();
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private long classChat(long accountId) {
        return chats.findChats(accountId).stream().filter(c -> c.kind() == ConversationKind.CLASS).findFirst()
                .orElseThrow().conversationId();
    }

    private ChatSummary summary(long accountId, long chat) {
        return chats.findChat(chat, accountId);
    }
}
