package ru.parta.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.parta.chat.ChatServiceTest.assertRefused;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolGroup;

/** Who is in which chat, who may start which chat, and supervision of chats with students. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class ConversationRulesTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ConversationService conversations;

    @Inject
    DirectChats directChats;

    @Inject
    ChatService chats;

    @Inject
    ChatPolicyService policy;

    @Inject
    ChatTestSupport support;

    @Inject
    ChatLinkService links;

    @Inject
    ru.parta.base.TestClock clock;

    @Inject
    PeopleService people;

    @Inject
    ClassService classes;

    @Inject
    GroupService groups;

    private PersonaSchool.Persona p;

    @BeforeEach
    void school() {
        p = personaSchool.create();
    }

    @Test
    void classParentAndStaffRoomChatsFollowTheRoster() {
        assertEquals(Set.of(p.petrov(), p.sidorova(), p.ivanova(), p.kuznetsov()),
                members(support.chatOf(ConversationKind.CLASS, p.class5a())));
        assertEquals(Set.of(p.petrova(), p.ivanova()), members(support.chatOf(ConversationKind.PARENTS, p.class5a())));
        assertEquals(Set.of(p.volkov(), p.kuznetsov()), members(support.chatOf(ConversationKind.CLASS, p.class6b())));
        long staffRoom = groups.findGroups().getFirst().id();
        assertEquals(Set.of(p.smirnova(), p.orlov(), p.ivanova(), p.kuznetsov()),
                members(support.chatOf(ConversationKind.GROUP, staffRoom)));

        people.transferStudent(p.petrov(), p.class6b(), Actor.of(p.smirnova()));
        classes.assignClassTeacher(p.class6b(), p.ivanova(), Actor.of(p.smirnova()));

        assertEquals(Set.of(p.sidorova(), p.ivanova(), p.kuznetsov()),
                members(support.chatOf(ConversationKind.CLASS, p.class5a())));
        assertEquals(Set.of(p.ivanova()), members(support.chatOf(ConversationKind.PARENTS, p.class5a())),
                "Петрова follows her son to 6Б's parent chat");
        assertEquals(Set.of(p.petrova(), p.ivanova()), members(support.chatOf(ConversationKind.PARENTS, p.class6b())));
        SchoolGroup choir = groups.createGroup("Хор", Actor.of(p.smirnova()));
        groups.addMember(choir.id(), p.sidorova(), Actor.of(p.smirnova()));
        assertEquals(Set.of(p.sidorova()), members(support.chatOf(ConversationKind.GROUP, choir.id())));
    }

    @Test
    void aClassWithoutAnyTeacherIsClosedForMessagesUntilOneIsAssigned() {
        long chat6b = support.chatOf(ConversationKind.CLASS, p.class6b());
        classes.removeTeaching(classes.findTeaching(p.class6b()).getFirst().id(), Actor.of(p.smirnova()));
        support.settle();

        assertRefused("chat.unsupervised", () -> chats.postMessage(NewMessage.text(chat6b, "unsupervised", "Эй"),
                Actor.of(p.volkov())));
        classes.assignClassTeacher(p.class6b(), p.kuznetsov(), Actor.of(p.smirnova()));
        support.settle();
        assertTrue(chats.postMessage(NewMessage.text(chat6b, "supervised", "Здравствуйте"), Actor.of(p.volkov()))
                .delivered() != null);
    }

    @Test
    void directChatsFollowThePolicy() {
        assertEquals(2, directChats.openDirectChat(Actor.of(p.petrov()), p.kuznetsov()).memberCount(),
                "a student writes to their maths teacher");
        Conversation classmates = directChats.openDirectChat(Actor.of(p.petrov()), p.sidorova());
        assertEquals(Set.of(p.petrov(), p.sidorova(), p.ivanova()), members(classmates.id()),
                "two classmates write with their class teacher in the chat");
        assertEquals(classmates.id(), directChats.openDirectChat(Actor.of(p.sidorova()), p.petrov()).id(), "one chat per pair");
        assertRefused("chat.direct.forbidden", () -> directChats.openDirectChat(Actor.of(p.petrov()), p.volkov()));
        assertRefused("chat.direct.forbidden", () -> directChats.openDirectChat(Actor.of(p.petrov()), p.orlov()));
        assertTrue(directChats.openDirectChat(Actor.of(p.petrova()), p.ivanova()).supervised(),
                "a parent writes to the child's class teacher");
        assertRefused("chat.direct.self", () -> directChats.openDirectChat(Actor.of(p.ivanova()), p.ivanova()));
        assertEquals(2, directChats.openDirectChat(Actor.of(p.orlov()), p.volkov()).memberCount(), "staff write to anyone");

        policy.updatePolicy(ChatPolicy.of(false, false, true, true, Set.of(Role.ADMIN)), Actor.of(p.smirnova()));
        assertRefused("chat.direct.forbidden", () -> directChats.openDirectChat(Actor.of(p.volkov()), p.kuznetsov()));
        assertFalse(directChats.mayWriteDirect(p.volkov(), p.kuznetsov()));
        assertRefused("chat.policy.urgentStaffOnly", () -> policy.updatePolicy(
                ChatPolicy.of(true, true, true, true, Set.of(Role.STUDENT)), Actor.of(p.smirnova())));
        assertRefused("permission.denied", () -> policy.updatePolicy(
                ChatPolicy.of(true, true, true, true, Set.of()), Actor.of(p.ivanova())));
        long chat = support.chatOf(ConversationKind.CLASS, p.class5a());
        assertRefused("chat.urgent.forbidden", () -> chats.postMessage(new NewMessage(chat, "urgent-teacher",
                "Срочно", null, true, List.of(), List.of()), Actor.of(p.ivanova())));
    }

    @Test
    void teachersMakeChatsForTheirClassesAndAlwaysStayInThem() {
        Conversation olympiad = conversations.createChat("Олимпиада по математике",
                new ChatMembersPick(Set.of(p.class5a()), Set.of(p.class5a()), Set.of()), Actor.of(p.kuznetsov()));

        assertEquals(Set.of(p.kuznetsov(), p.petrov(), p.sidorova(), p.petrova()), members(olympiad.id()));
        assertRefused("chat.members.notYourClass", () -> conversations.createChat("Чужой класс",
                new ChatMembersPick(Set.of(p.class6b()), Set.of(), Set.of()), Actor.of(p.ivanova())));
        assertRefused("chat.create.staffOnly", () -> conversations.createChat("Без учителей",
                new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()), Actor.of(p.petrov())));
        assertRefused("chat.title.required", () -> conversations.createChat("  ",
                new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()), Actor.of(p.kuznetsov())));
        assertRefused("chat.members.required", () -> conversations.createChat("Пусто",
                new ChatMembersPick(Set.of(), Set.of(), Set.of()), Actor.of(p.kuznetsov())));
        assertRefused("chat.leave.lastStaff", () -> conversations.leaveChat(olympiad.id(), Actor.of(p.kuznetsov())));
        assertRefused("chat.leave.managed", () -> conversations.leaveChat(
                support.chatOf(ConversationKind.CLASS, p.class5a()), Actor.of(p.petrov())));

        conversations.leaveChat(olympiad.id(), Actor.of(p.sidorova()));
        assertRefused("chat.notMember", () -> chats.postMessage(NewMessage.text(olympiad.id(), "after-leaving",
                "Я вернулась"), Actor.of(p.sidorova())));
        assertEquals(1, conversations.addMembers(olympiad.id(),
                new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()), Actor.of(p.kuznetsov())));
        assertRefused("chat.manage.forbidden", () -> conversations.removeMember(olympiad.id(), p.petrov(),
                Actor.of(p.ivanova())));
        assertTrue(chats.findChats(p.petrova()).stream().anyMatch(c -> c.name().equals("Олимпиада по математике")));
    }

    @Test
    void aTeachersChatLinkLetsPeopleOfTheSchoolInUntilRevokedOrExpired() {
        Conversation excursion = conversations.createChat("Экскурсия в музей",
                new ChatMembersPick(Set.of(p.class6b()), Set.of(), Set.of()), Actor.of(p.kuznetsov()));
        assertRefused("chat.manage.forbidden", () -> links.createChatLink(excursion.id(), Actor.of(p.volkov())));
        ChatLink first = links.createChatLink(excursion.id(), Actor.of(p.kuznetsov()));
        ChatLink link = links.createChatLink(excursion.id(), Actor.of(p.kuznetsov()));

        assertRefused("chat.link.invalid", () -> links.joinByLink(first.token(), Actor.of(p.petrov())));
        assertEquals("Экскурсия в музей", links.describeChatLink(link.token()).title());
        links.joinByLink(link.token(), Actor.of(p.petrov()));
        links.joinByLink(link.token(), Actor.of(p.petrov()));
        assertEquals(Set.of(p.kuznetsov(), p.volkov(), p.petrov()), members(excursion.id()));
        assertRefused("chat.link.invalid", () -> links.joinByLink("not-a-token", Actor.of(p.sidorova())));

        clock.advance(java.time.Duration.ofDays(7));
        assertRefused("chat.link.invalid", () -> links.joinByLink(link.token(), Actor.of(p.sidorova())));
        ChatLink fresh = links.createChatLink(excursion.id(), Actor.of(p.kuznetsov()));
        links.revokeChatLink(excursion.id(), Actor.of(p.kuznetsov()));
        assertRefused("chat.link.invalid", () -> links.joinByLink(fresh.token(), Actor.of(p.sidorova())));
        assertTrue(links.findChatLink(excursion.id(), p.kuznetsov()).isEmpty());
    }

    private Set<Long> members(long conversationId) {
        support.settle();
        return Set.copyOf(conversations.findMembers(conversationId, support.anyMember(conversationId))
                .stream().map(ChatMember::accountId).toList());
    }
}
