package ru.parta.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditFilter;
import ru.parta.base.audit.AuditLog;
import ru.parta.chat.ChatLinkService;
import ru.parta.chat.ChatMembersPick;
import ru.parta.chat.ChatPolicy;
import ru.parta.chat.ChatPolicyService;
import ru.parta.chat.ConversationService;
import ru.parta.files.FileHousekeeping;
import ru.parta.files.MaterialService;
import ru.parta.invitation.InvitationService;
import ru.parta.invitation.JoinRequestService;
import ru.parta.invitation.NewInvitation;
import ru.parta.people.ContactChannel;
import ru.parta.people.ErasureService;
import ru.parta.people.NewPerson;
import ru.parta.people.OptOutService;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;
import ru.parta.people.RolloverService;
import ru.parta.people.RosterImportService;
import ru.parta.people.RosterKind;
import ru.parta.people.RosterProgress;
import ru.parta.people.SlipService;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolProfile;
import ru.parta.school.SchoolService;
import ru.parta.testing.DatabaseFingerprint;

/**
 * Every administrative write refuses a student and a parent inside the service, whoever calls it,
 * and writes nothing; an actor whose account or session is gone is refused too, and audited.
 */
@MicronautTest(startApplication = false, transactional = false)
class ActorAuthorizationTest {

    @Inject PersonaSchool personaSchool;
    @Inject JdbcOperations jdbc;
    @Inject AuditLog auditLog;
    @Inject AccountService accounts;
    @Inject ActivationService activation;
    @Inject SessionService sessions;
    @Inject AccountSecurityService security;
    @Inject SecurityLog securityLog;
    @Inject ClassService classes;
    @Inject SchoolService school;
    @Inject GroupService groups;
    @Inject PeopleService people;
    @Inject OptOutService optOuts;
    @Inject ErasureService erasure;
    @Inject RosterImportService roster;
    @Inject RolloverService rollover;
    @Inject SlipService slips;
    @Inject MaterialService materials;
    @Inject FileHousekeeping housekeeping;
    @Inject ChatPolicyService chatPolicy;
    @Inject ConversationService conversations;
    @Inject ChatLinkService chatLinks;
    @Inject InvitationService invitations;
    @Inject JoinRequestService joinRequests;

    @TestFactory
    Stream<DynamicContainer> aStudentOrAParentIsRefusedEveryAdministrativeWriteAndNothingIsWritten() {
        PersonaSchool.Persona p = personaSchool.create();
        Map<String, Map<String, Consumer<Actor>>> services = administrativeWrites(p);
        return services.entrySet().stream().map(service -> DynamicContainer.dynamicContainer(service.getKey(),
                service.getValue().entrySet().stream().flatMap(write -> Stream.of(
                        DynamicTest.dynamicTest(write.getKey() + " as a student",
                                () -> assertRefusedWithoutWriting(write.getValue(), Actor.of(p.petrov()))),
                        DynamicTest.dynamicTest(write.getKey() + " as a parent",
                                () -> assertRefusedWithoutWriting(write.getValue(), Actor.of(p.petrova())))))));
    }

    @jakarta.inject.Inject
    ru.parta.base.event.ReactionLane lane;

    @Test
    void anActorWhoseSessionEndedOrWhoseAccountIsDisabledIsRefusedAndTheRefusalIsAudited() {
        PersonaSchool.Persona p = personaSchool.create();
        String session = sessions.startSession(p.smirnova(), "127.0.0.1", "test");
        Actor admin = new Actor(p.smirnova(), Set.of(Role.ADMIN), session);
        groups.createGroup("Хор", admin);

        sessions.endSession(session, admin);
        int refusalsBefore = auditLog.findByAction("access.refused").size();
        assertRefusedWithoutWriting(actor -> groups.createGroup("Оркестр", actor), admin, Set.of("audit_event"));
        assertEquals(refusalsBefore + 1, auditLog.findByAction("access.refused").size());

        Actor forged = new Actor(p.smirnova(), Set.of(Role.ADMIN), "0123456789abcdef0123456789abcdef");
        assertRefusedWithoutWriting(actor -> groups.createGroup("Оркестр", actor), forged, Set.of("audit_event"));
        Actor posingAsTheSystem = new Actor(0, Set.of(Role.ADMIN), null);
        assertRefusedWithoutWriting(actor -> groups.createGroup("Оркестр", actor), posingAsTheSystem,
                Set.of("audit_event"));

        String teacherSession = sessions.startSession(p.kuznetsov(), "127.0.0.1", "test");
        Actor teacher = new Actor(p.kuznetsov(), Set.of(Role.TEACHER), teacherSession);
        accounts.setEnabled(p.kuznetsov(), false, Actor.of(p.smirnova()));
        try {
            assertRefusedWithoutWriting(actor -> conversations.createChat("Кружок", new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()), actor), teacher, Set.of("audit_event"));
            assertRefusedWithoutWriting(actor -> conversations.createChat("Кружок", new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()), actor), Actor.of(p.kuznetsov()),
                    Set.of("audit_event"));
            assertTrue(auditLog.findByAction("access.refused").getFirst().subject().startsWith("inactive"));
        } finally {
            accounts.setEnabled(p.kuznetsov(), true, Actor.of(p.smirnova()));
        }
    }

    private Map<String, Map<String, Consumer<Actor>>> administrativeWrites(PersonaSchool.Persona p) {
        long someGroup = groups.findGroups().getFirst().id();
        byte[] roster = "ФИО;Класс\nНовиков Иван;5А\n".getBytes(StandardCharsets.UTF_8);
        return Map.ofEntries(
                Map.entry("AccountService", Map.of(
                        "addRoles", a -> accounts.addRoles(p.petrov(), Set.of(Role.ADMIN), a),
                        "verifyTeacher", a -> accounts.verifyTeacher(p.kuznetsov(), true, a),
                        "setEnabled", a -> accounts.setEnabled(p.kuznetsov(), false, a),
                        "removeRole", a -> accounts.removeRole(p.smirnova(), Role.ADMIN, a))),
                Map.entry("ActivationService", Map.of(
                        "issueCode", a -> activation.issueCode(p.petrov(), a))),
                Map.entry("SessionService", Map.of(
                        "endAllSessions", a -> sessions.endAllSessions(p.smirnova(), a))),
                Map.entry("AccountSecurityService", Map.of(
                        "resolveReport", a -> security.resolveReport(1, a))),
                Map.entry("SecurityLog", Map.of(
                        "exportCsv", a -> securityLog.exportCsv(AuditFilter.ALL, ZoneId.of("Europe/Moscow"), a))),
                Map.entry("ClassService", Map.of(
                        "createClass", a -> classes.createClass(7, "В", null, a),
                        "deleteClass", a -> classes.deleteClass(p.class6b(), a),
                        "assignClassTeacher", a -> classes.assignClassTeacher(p.class6b(), p.kuznetsov(), a),
                        "assignTeaching", a -> classes.assignTeaching(p.class6b(), p.ivanova(), "Литература", a))),
                Map.entry("SchoolService", Map.of(
                        "updateProfile", a -> school.updateProfile(new SchoolProfile("Школа ученика", null,
                                "Europe/Moscow", LocalTime.of(21, 0), LocalTime.of(8, 0)), a))),
                Map.entry("GroupService", Map.of(
                        "createGroup", a -> groups.createGroup("Клуб", a),
                        "renameGroup", a -> groups.renameGroup(someGroup, "Клуб", a),
                        "addMember", a -> groups.addMember(someGroup, p.petrov(), a),
                        "removeMember", a -> groups.removeMember(someGroup, p.smirnova(), a))),
                Map.entry("PeopleService", Map.of(
                        "addPerson", a -> people.addPerson(new NewPerson("Новиков Иван", Set.of(Role.STUDENT),
                                p.class5a(), null, null, null, Set.of()), a),
                        "transferStudent", a -> people.transferStudent(p.petrov(), p.class6b(), a),
                        "linkChild", a -> people.linkChild(p.petrova(), p.sidorova(), a),
                        "unlinkChild", a -> people.unlinkChild(p.petrova(), p.petrov(), a),
                        "updateDetails", a -> people.updateDetails(p.petrov(), null, "+79990000000", null, a),
                        "markLeft", a -> people.markLeft(p.kuznetsov(), false, a))),
                Map.entry("OptOutService", Map.of(
                        "recordOptOut", a -> optOuts.recordOptOut("Сидоров Пётр", p.sidorova(),
                                LocalDate.of(2026, 9, 1), null, ContactChannel.IN_PERSON, null, a))),
                Map.entry("ErasureService", Map.of(
                        "erasePerson", a -> erasure.erasePerson(p.volkov(), a))),
                Map.entry("RosterImportService", Map.of(
                        "importRoster", a -> this.roster.importRoster(RosterKind.STUDENTS, roster, a,
                                RosterProgress.NONE))),
                Map.entry("RolloverService", Map.of(
                        "rollOverYear", a -> rollover.rollOverYear(school.requireSchool().academicYear(), a))),
                Map.entry("SlipService", Map.of(
                        "printStaffSlips", a -> slips.printStaffSlips("http://127.0.0.1/", a),
                        "printClassSlips", a -> slips.printClassSlips(p.class5a(), "http://127.0.0.1/", a))),
                Map.entry("MaterialService", Map.of(
                        "createFolder", a -> materials.createFolder(p.class5a(), "Математика", "Контрольные", a))),
                Map.entry("FileHousekeeping", Map.of(
                        "checkIntegrity", a -> housekeeping.checkIntegrity(a))),
                Map.entry("ChatPolicyService", Map.of(
                        "updatePolicy", a -> chatPolicy.updatePolicy(ChatPolicy.of(true, true, true, true,
                                Set.of(Role.STUDENT)), a))),
                Map.entry("ConversationService", Map.of(
                        "createChat", a -> conversations.createChat("Свой чат", new ChatMembersPick(Set.of(p.class5a()), Set.of(), Set.of()), a))),
                Map.entry("InvitationService", Map.of(
                        "createInvitation", a -> invitations.createInvitation(new NewInvitation(Role.STUDENT,
                                p.class5a(), null, 7, null, false, null), a),
                        "revokeUnclaimed", a -> invitations.revokeUnclaimed(a))),
                Map.entry("JoinRequestService", Map.of(
                        "approveRequest", a -> joinRequests.approveRequest(1, null, a),
                        "rejectRequest", a -> joinRequests.rejectRequest(1, "Нет", a))));
    }

    private void assertRefusedWithoutWriting(Consumer<Actor> write, Actor actor) {
        assertRefusedWithoutWriting(write, actor, Set.of());
    }

    private void assertRefusedWithoutWriting(Consumer<Actor> write, Actor actor, Set<String> ignoredTables) {
        lane.awaitIdle();  // what earlier steps asked of the reaction lane (a new group's chat) is not this write's
        Map<String, List<String>> before = DatabaseFingerprint.take(jdbc, ignoredTables);
        PartaException refused = assertThrows(PartaException.class, () -> write.accept(actor));
        assertEquals(ErrorCategory.FORBIDDEN, refused.category(), refused.messageKey());
        assertEquals(before, DatabaseFingerprint.take(jdbc, ignoredTables), "nothing written");
    }
}
