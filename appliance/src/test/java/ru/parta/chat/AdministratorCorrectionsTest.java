package ru.parta.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.files.MaterialService;
import ru.parta.people.ChildConsentService;
import ru.parta.people.NewPerson;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolGroup;

/**
 * Mistakes an administrator can undo (a wrong parent link, a group's name, a class made by
 * mistake), consent for a child linked later, and names that cannot disguise themselves.
 */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
@Property(name = "parta.chat.held-check", value = "1h")
class AdministratorCorrectionsTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleService people;

    @Inject
    ClassService classes;

    @Inject
    GroupService groups;

    @Inject
    ConversationService conversations;

    @Inject
    ChatService chats;

    @Inject
    ChatTestSupport support;

    @Inject
    MaterialService materials;

    @Inject
    ChildConsentService childConsents;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog auditLog;

    private PersonaSchool.Persona p;

    @BeforeEach
    void school() {
        p = personaSchool.create();
    }

    @Test
    void aParentLinkedToTheWrongChildIsUnlinkedAndLeavesTheParentChatAtOnce() {
        long parentChat5b = support.chatOf(ConversationKind.PARENTS, p.class6b());
        people.linkChild(p.petrova(), p.volkov(), Actor.of(p.smirnova()));
        support.settle();
        assertEquals(parentChat5b, conversations.findChat(parentChat5b, p.petrova()).id(),
                "linked by mistake: she sees 6Б's parent chat");

        assertEquals("permission.denied", code(() -> people.unlinkChild(p.petrova(), p.volkov(), Actor.of(p.ivanova()))));
        people.unlinkChild(p.petrova(), p.volkov(), Actor.of(p.smirnova()));
        support.settle();

        assertEquals(java.util.List.of(p.petrov()), people.findChildIds(p.petrova()));
        assertEquals("chat.notFound", code(() -> conversations.findChat(parentChat5b, p.petrova())),
                "gone from the stranger's parent chat");
        assertTrue(members(support.chatOf(ConversationKind.PARENTS, p.class5a())).contains(p.petrova()));
        assertEquals("person.child.notLinked", code(() -> people.unlinkChild(p.petrova(), p.volkov(), Actor.of(p.smirnova()))));
        assertTrue(auditLog.findByAction("parent.unlinked").stream()
                .anyMatch(e -> (p.petrova() + " " + p.volkov()).equals(e.subject())));
    }

    @Test
    void customGroupsAreRenamedTheStaffRoomIsNot() {
        SchoolGroup chess = groups.createGroup("Шахматы", Actor.of(p.smirnova()));
        assertEquals("Шахматный клуб", groups.renameGroup(chess.id(), "  Шахматный   клуб ", Actor.of(p.smirnova())).name());
        assertEquals("permission.denied", code(() -> groups.renameGroup(chess.id(), "Шашки", Actor.of(p.ivanova()))));
        SchoolGroup robots = groups.createGroup("Робототехника", Actor.of(p.smirnova()));
        assertEquals("group.exists", code(() -> groups.renameGroup(robots.id(), "Шахматный клуб", Actor.of(p.smirnova()))));
        SchoolGroup staffRoom = groups.findGroups().stream().filter(SchoolGroup::isStaffRoom).findFirst().orElseThrow();
        assertEquals("group.rename.system", code(() -> groups.renameGroup(staffRoom.id(), "Кофе", Actor.of(p.smirnova()))));
        assertEquals("Шахматный клуб", groups.findGroup(chess.id()).orElseThrow().name());
    }

    @Test
    void onlyAnEmptyClassMadeByMistakeIsDeletedWithItsEmptyChats() {
        SchoolClass mistake = classes.createClass(9, "Я", p.ivanova(), Actor.of(p.smirnova()));
        classes.assignTeaching(mistake.id(), p.kuznetsov(), "Алгебра", Actor.of(p.smirnova()));
        long chat = support.chatOf(ConversationKind.CLASS, mistake.id());

        assertEquals("permission.denied", code(() -> classes.deleteClass(mistake.id(), Actor.of(p.ivanova()))));
        classes.deleteClass(mistake.id(), Actor.of(p.smirnova()));
        assertTrue(classes.findClass(mistake.id()).isEmpty());
        assertEquals("chat.notFound", code(() -> conversations.findChat(chat, p.ivanova())), "its empty chats went too");

        assertEquals("class.delete.hasStudents", code(() -> classes.deleteClass(p.class5a(), Actor.of(p.smirnova()))));
        SchoolClass withMaterials = classes.createClass(9, "Ю", null, Actor.of(p.smirnova()));
        materials.createFolder(withMaterials.id(), "Физика", "Оптика", Actor.of(p.smirnova()));
        assertEquals("class.delete.hasMaterials", code(() -> classes.deleteClass(withMaterials.id(), Actor.of(p.smirnova()))));
        assertTrue(classes.findClass(withMaterials.id()).isPresent(), "nothing half-deleted");
    }

    @Test
    void aChildLinkedLaterNeedsTheParentsConsentAndOnlyTheParentGivesIt() {
        assertTrue(childConsents.findChildrenAwaitingConsent(p.petrova()).isEmpty(), "consented for Artyom at activation");
        AccountSummary younger = people.addPerson(new NewPerson("Петрова Мария", Set.of(Role.STUDENT), p.class6b(),
                null, null, null, Set.of()), Actor.of(p.smirnova()));
        people.linkChild(p.petrova(), younger.id(), Actor.of(p.smirnova()));

        assertEquals(java.util.List.of("Петрова Мария"), childConsents.findChildrenAwaitingConsent(p.petrova()).stream()
                .map(AccountSummary::fullName).toList());
        assertEquals("consent.children.changed",
                code(() -> childConsents.giveConsent(Actor.of(p.petrova()), Set.of(p.volkov()), "192.0.2.5")), "not her child");
        childConsents.giveConsent(Actor.of(p.petrova()), Set.of(younger.id()), "192.0.2.5");
        assertTrue(childConsents.findChildrenAwaitingConsent(p.petrova()).isEmpty());
        assertTrue(auditLog.findByAction("consent.given").stream().anyMatch(e -> Long.valueOf(p.petrova()).equals(e.actorAccountId())));
    }

    @Test
    void bidiAndInvisibleCharactersNeverReachANameAnywhere() {
        String rlo = "\u202E";
        AccountSummary person = people.addPerson(new NewPerson("Иванов" + rlo + "вонаксА Пётр\u200B", Set.of(Role.STUDENT),
                p.class5a(), null, null, null, Set.of()), Actor.of(p.smirnova()));
        assertEquals("ИвановвонаксА Пётр", accounts.findPerson(person.id()).orElseThrow().fullName());
        assertEquals("Кружок2", groups.createGroup("Кружок\u20662", Actor.of(p.smirnova())).name());
        assertEquals("Поход", conversations.createChat("По\u202Dход", new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()),
                Actor.of(p.ivanova())).title());
        assertEquals("Дробиgpj", materials.createFolder(p.class5a(), "Математика", "Дроби" + rlo + "gpj",
                Actor.of(p.ivanova())).name());
        assertEquals("otchetfdp.txt", materials.uploadMaterial(materials.createFolder(p.class5a(), "Математика\u200F",
                "Отчёты", Actor.of(p.ivanova())).id(), "otchet" + rlo + "fdp.txt", new ByteArrayInputStream("x".getBytes()),
                Actor.of(p.ivanova())).name());
    }

    private Set<Long> members(long conversationId) {
        return Set.copyOf(conversations.findMembers(conversationId, support.anyMember(conversationId))
                .stream().map(ChatMember::accountId).toList());
    }

    private static String code(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(PartaException.class, call).messageKey();
    }
}
