package ru.parta.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.event.ReactionLane;
import ru.parta.channel.AckSheet;
import ru.parta.chat.ChatMessage;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;
import ru.parta.school.SchoolClass;
import ru.parta.ui.Routes;
import ru.parta.ui.channel.AckSheetView;
import ru.parta.ui.channel.ChannelSettingsView;
import ru.parta.ui.channel.ChannelsView;
import ru.parta.ui.support.MicronautBrowserlessTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class ChannelViewsTest extends MicronautBrowserlessTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChatService chats;

    @Inject
    ReactionLane lane;

    @Test
    void theDirectorMakesAChannelForParentsAndAMotherConfirmsItsAnnouncement() {
        PersonaSchool.Persona p = personaSchool.create();
        signInAs("orlov", PersonaSchool.PASSWORD);
        open(Routes.CHANNELS);
        assertEquals(List.of("Общий канал школы", "Сотрудники"), titles(), "the two system channels, no chats");
        click($(Button.class).id("channels-new"));
        assertInstanceOf(ChannelSettingsView.class, getCurrentView());
        test($(TextField.class).id("channel-name")).setValue("Родители 5А");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SchoolClass> parents = $(MultiSelectComboBox.class).id("channel-parents");
        parents.setValue(Set.of(parents.getGenericDataView().getItems().filter(c -> c.label().equals("5А"))
                .findFirst().orElseThrow()));
        assertEquals("Читателей сейчас: 1", $(Paragraph.class).id("channel-reach").getText());
        click($(Button.class).id("channel-save"));
        ChatView channel = (ChatView) getCurrentView();
        test($(Checkbox.class).id("chat-ack")).click();
        channel.send("director-key-01", "Собрание родителей в четверг в 18:00");
        long conversationId = chats.findChats(p.orlov()).stream().filter(c -> c.name().equals("Родители 5А"))
                .findFirst().orElseThrow().conversationId();
        ChatMessage announcement = chats.findHistory(conversationId, null, 1, p.orlov()).getFirst();
        assertTrue(announcement.ackRequired());

        signInAs("petrova", PersonaSchool.PASSWORD);
        open("");
        assertTrue($(Div.class).id("home-acks").isVisible(), "the home page asks her first");
        ChatView read = (ChatView) open(Routes.chat(conversationId));
        assertTrue($(Div.class).id("chat-read-only").isVisible());
        assertFalse($(ru.parta.ui.chat.ChatView.class).single().getChildren()
                .anyMatch(c -> c.getClass().getSimpleName().equals("ChatComposer") && c.isVisible()),
                "a subscriber has no message box");
        assertEquals("{}", json(read.boot()).path("acked").toString());
        assertTrue(json(read.acknowledge(String.valueOf(announcement.id()))).path("at").asLong() > 0);
        assertEquals("{}", read.acknowledge(String.valueOf(announcement.id())), "the second tap changes nothing");
        assertTrue(notifications().stream().anyMatch(n -> n.contains("уже подтвердили")), notifications().toString());
        assertTrue(json(read.boot()).path("acked").has(String.valueOf(announcement.id())));
        assertEquals("{}", read.acknowledge("1 OR 1=1"), "a forged id is nothing");
        open(Routes.ackSheet(announcement.id()));
        assertFalse(getCurrentView() instanceof AckSheetView, "a reader does not see the sheet");

        signInAs("orlov", PersonaSchool.PASSWORD);
        open(Routes.ackSheet(announcement.id()));
        assertEquals("Ознакомлены: 1 из 1", $(Span.class).id("ack-count").getText());
        @SuppressWarnings("unchecked")
        Grid<AckSheet.Entry> people = $(Grid.class).id("ack-people");
        assertEquals(List.of("Петрова Елена"), people.getGenericDataView().getItems().map(AckSheet.Entry::fullName)
                .toList());
        assertFalse($(Button.class).id("ack-remind").isEnabled(), "nobody left to remind");
    }

    @Test
    void aTeacherCannotOpenAnotherPersonsChannelSettingsAndAStudentNoneAtAll() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        long school = chats.findChats(p.orlov()).stream().filter(c -> "SCHOOL".equals(c.systemKey())).findFirst()
                .orElseThrow().conversationId();
        signInAs("kuznetsov", PersonaSchool.PASSWORD);
        open(Routes.chat(school));
        assertTrue($(Div.class).id("chat-read-only").isVisible(), "a teacher reads the school channel");
        open(Routes.CHANNEL_SETTINGS + "/1");
        assertInstanceOf(ChannelsView.class, getCurrentView(), "not his channel: back to the list");
        open(Routes.CHANNEL_SETTINGS + "/new");
        assertInstanceOf(ChannelSettingsView.class, getCurrentView());
        assertFalse($(Checkbox.class).withId("channel-school-students").exists(), "teachers address their classes only");

        signInAs("petrov", PersonaSchool.PASSWORD);
        open(Routes.CHANNELS);
        assertFalse($(Button.class).withId("channels-new").exists());
        assertEquals(List.of("Общий канал школы"), titles());
        open(Routes.CHANNEL_SETTINGS + "/new");
        assertFalse(getCurrentView() instanceof ChannelSettingsView);
        chats.postMessage(NewMessage.text(school, "school-news-1", "Каникулы с 27 октября"), Actor.of(p.smirnova()));
        List<ChatSummary> mine = chats.findChats(p.petrov());
        assertTrue(mine.stream().anyMatch(c -> c.kind() == ConversationKind.CHANNEL && c.unread() == 1));
    }

    private List<String> titles() {
        return $(Span.class).withClassName("chat-row-title").all().stream().map(Span::getText).toList();
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
