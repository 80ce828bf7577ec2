package ru.parta.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.event.ReactionLane;
import ru.parta.chat.ChatService;
import ru.parta.chat.ChatSummary;
import ru.parta.chat.ConversationKind;
import ru.parta.chat.NewMessage;
import ru.parta.people.PersonaSchool;

/** Channels: the two system channels follow the roster, others reach the audience chosen; only authors post. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class ChannelServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ChannelService channels;

    @Inject
    ChatService chats;

    @Inject
    ReactionLane lane;

    @Test
    void theSchoolAndStaffChannelsExistFromTheStartAndFollowTheRoster() {
        PersonaSchool.Persona p = personaSchool.create();
        lane.awaitIdle();
        ChatSummary school = systemChannel(p.petrova(), "SCHOOL");
        assertFalse(school.mayPost(), "a parent reads the school channel");
        assertTrue(systemChannel(p.orlov(), "SCHOOL").mayPost(), "the director posts to it");
        assertTrue(systemChannel(p.smirnova(), "STAFF").mayPost(), "the administrator posts to the staff channel");
        assertFalse(systemChannel(p.kuznetsov(), "STAFF").mayPost());
        assertTrue(chats.findChats(p.petrov()).stream().noneMatch(c -> "STAFF".equals(c.systemKey())),
                "students do not see the staff channel");
        assertEquals(8, school.memberCount(), "the whole persona school");
        assertRefused("chat.channel.readOnly", () -> chats.postMessage(NewMessage.text(school.conversationId(),
                "parent-post-1", "Можно вопрос?"), Actor.of(p.petrova())));
        assertFalse(chats.postMessage(NewMessage.text(school.conversationId(), "director-1",
                "Линейка 1 сентября в 9:00"), Actor.of(p.orlov())).isHeld());
    }

    @Test
    void aTeacherAddressesOnlyTheirOwnClassesAndTheDirectorAnyone() {
        PersonaSchool.Persona p = personaSchool.create();
        ChannelInfo maths = channels.createChannel(new ChannelSettings("Математика 5А", "Домашние задания", true,
                List.of(AudiencePart.ofClass(p.class5a(), true, false)), Set.of()), Actor.of(p.kuznetsov()));
        lane.awaitIdle();
        assertTrue(member(p.petrov(), maths.conversationId()));
        assertFalse(member(p.petrova(), maths.conversationId()), "students only, not parents");
        assertTrue(chats.mayPostIn(maths.conversationId(), p.kuznetsov()), "its creator is an author");

        assertRefused("channel.audience.notYourClass", () -> channels.createChannel(new ChannelSettings("6Б",
                "", false, List.of(AudiencePart.ofClass(p.class6b(), true, true)), Set.of()), Actor.of(p.ivanova())));
        assertRefused("channel.audience.schoolWide", () -> channels.createChannel(new ChannelSettings("Всем",
                "", false, List.of(AudiencePart.wholeSchool(true, false, false)), Set.of()), Actor.of(p.ivanova())));
        assertRefused("permission.denied", () -> channels.createChannel(new ChannelSettings("Мой канал",
                "", false, List.of(AudiencePart.ofClass(p.class5a(), true, false)), Set.of()), Actor.of(p.petrov())));
        assertRefused("channel.audience.empty", () -> channels.createChannel(new ChannelSettings("Пусто",
                "", false, List.of(), Set.of()), Actor.of(p.orlov())));
        assertRefused("channel.audience.empty", () -> channels.createChannel(new ChannelSettings("Пусто",
                "", false, List.of(AudiencePart.ofClass(p.class5a(), false, false)), Set.of()), Actor.of(p.orlov())));
        assertRefused("channel.audience.nobody", () -> channels.createChannel(new ChannelSettings("Родители 6Б",
                "", false, List.of(AudiencePart.ofClass(p.class6b(), false, true)), Set.of()), Actor.of(p.orlov())));
        assertRefused("channel.author.notStaff", () -> channels.createChannel(new ChannelSettings("Совет",
                "", false, List.of(AudiencePart.ofClass(p.class5a(), true, false)), Set.of(p.petrov())),
                Actor.of(p.orlov())));
        assertRefused("channel.name.required", () -> channels.createChannel(new ChannelSettings("  ",
                "", false, List.of(AudiencePart.ofClass(p.class5a(), true, false)), Set.of()), Actor.of(p.orlov())));
    }

    @Test
    void changingTheAudienceMovesPeopleInAndOutAndAuthorsMayPost() {
        PersonaSchool.Persona p = personaSchool.create();
        ChannelInfo trip = channels.createChannel(new ChannelSettings("Экскурсия", "", false,
                List.of(AudiencePart.ofClass(p.class5a(), false, true)), Set.of()), Actor.of(p.orlov()));
        lane.awaitIdle();
        assertTrue(member(p.petrova(), trip.conversationId()));
        assertRefused("channel.manage.forbidden", () -> channels.changeChannel(trip.id(), new ChannelSettings(
                "Экскурсия", "", false, List.of(AudiencePart.ofClass(p.class6b(), true, false)), Set.of()),
                Actor.of(p.kuznetsov())));

        ChannelInfo changed = channels.changeChannel(trip.id(), new ChannelSettings("Экскурсия в музей", "Сбор у школы",
                true, List.of(AudiencePart.ofClass(p.class6b(), true, false)), Set.of(p.ivanova())), Actor.of(p.orlov()));
        lane.awaitIdle();
        assertEquals("Экскурсия в музей", changed.name());
        assertFalse(member(p.petrova(), trip.conversationId()), "parents of 5А are no longer its audience");
        assertTrue(member(p.volkov(), trip.conversationId()));
        assertTrue(chats.mayPostIn(trip.conversationId(), p.ivanova()), "a chosen author posts");
        assertTrue(chats.mayPostIn(trip.conversationId(), p.orlov()), "the creator stays an author");
        assertEquals("Экскурсия в музей", chats.findChat(trip.conversationId(), p.volkov()).name());

        ChannelInfo school = channels.findChannelOfChat(systemChannel(p.orlov(), "SCHOOL").conversationId(), p.orlov())
                .orElseThrow();
        ChannelInfo kept = channels.changeChannel(school.id(), new ChannelSettings("Переименовать", "Новости школы",
                true, List.of(AudiencePart.ofClass(p.class5a(), true, false)), Set.of()), Actor.of(p.smirnova()));
        assertEquals(school.name(), kept.name(), "a system channel keeps its name");
        assertEquals(school.audience(), kept.audience(), "and its audience");
        assertEquals("Новости школы", kept.description());
    }

    @Test
    void anAcknowledgementIsAskedOnlyInChannels() {
        PersonaSchool.Persona p = personaSchool.create();
        long classChat = chats.findChats(p.ivanova()).stream().filter(c -> c.kind() == ConversationKind.CLASS)
                .findFirst().orElseThrow().conversationId();
        assertRefused("chat.ack.channelsOnly", () -> chats.postMessage(NewMessage.text(classChat, "ack-in-chat",
                "Ознакомьтесь").withAckRequired(), Actor.of(p.ivanova())));
    }

    private ChatSummary systemChannel(long viewer, String key) {
        lane.awaitIdle();
        return chats.findChats(viewer).stream().filter(c -> key.equals(c.systemKey())).findFirst().orElseThrow();
    }

    private boolean member(long accountId, long conversationId) {
        return chats.findChats(accountId).stream().anyMatch(c -> c.conversationId() == conversationId);
    }

    static void assertRefused(String key, Executable action) {
        PartaException refused = assertThrows(PartaException.class, action);
        assertEquals(key, refused.messageKey());
    }

}
