package ru.parta.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.Actor;
import ru.parta.access.AuthenticationService;
import ru.parta.access.ConsentRecord;
import ru.parta.access.Consents;
import ru.parta.access.Role;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.people.PeopleService;
import ru.parta.people.PersonaSchool;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class InvitationServiceTest {

    private static final String ADDRESS = "192.0.2.50";

    @Inject
    PersonaSchool personaSchool;

    @Inject
    InvitationService invitations;

    @Inject
    JoinRequestService requests;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    PeopleService people;

    @Inject
    Consents consents;

    @Inject
    TestClock clock;

    @Test
    void tokensAreLongRandomAndForgedOnesAreThrottled() {
        PersonaSchool.Persona p = personaSchool.create();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String token = invitations.createInvitation(parentsOf5A(true, null), Actor.of(p.smirnova())).token();
            assertEquals(24, Base64.getUrlDecoder().decode(token).length, "192 random bits");
            tokens.add(token);
        }
        assertEquals(50, tokens.size());
        String real = tokens.iterator().next();
        String forged = real.substring(0, 31) + (real.charAt(31) == 'A' ? 'B' : 'A');
        for (int i = 0; i < 20; i++) {
            assertEquals("invitation.notFound", assertThrows(PartaException.class,
                    () -> invitations.describeInvitation(forged, "198.51.100.9")).messageKey());
        }
        assertEquals(ErrorCategory.LIMIT, assertThrows(PartaException.class,
                () -> invitations.describeInvitation(real, "198.51.100.9")).category(), "the guesser is locked out");
        assertEquals("5А", invitations.describeInvitation(real, ADDRESS).classLabel());
    }

    @Test
    void linksExpireOnTimeAreUsedUpAndRevoked() {
        PersonaSchool.Persona p = personaSchool.create();
        Invitation weekly = invitations.createInvitation(parentsOf5A(false, null), Actor.of(p.smirnova()));
        Invitation once = invitations.createInvitation(new NewInvitation(Role.STUDENT, p.class5a(), null, 7, 1, false,
                null), Actor.of(p.smirnova()));
        Invitation unused = invitations.createInvitation(parentsOf5A(true, null), Actor.of(p.smirnova()));

        assertEquals("moderation.refused.obscene", code(() -> invitations.register(once.token(),
                new Registration("Хуйло Пиздюков", "kim", "Sasha-2026", null, null, false), ADDRESS)),
                "a name the newcomer chose passes the filter");
        invitations.register(once.token(), new Registration("Ким Саша", "kim", "Sasha-2026", null, null, false),
                ADDRESS);
        assertEquals("invitation.usedUp", code(() -> invitations.describeInvitation(once.token(), ADDRESS)));

        assertEquals(2, invitations.revokeUnclaimed(Actor.of(p.smirnova())), "the weekly and the unused one, not the used");
        assertEquals("invitation.revoked", code(() -> invitations.describeInvitation(unused.token(), ADDRESS)));

        Invitation fresh = invitations.createInvitation(parentsOf5A(true, null), Actor.of(p.smirnova()));
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        invitations.describeInvitation(fresh.token(), ADDRESS);
        clock.advance(Duration.ofMinutes(1));
        assertEquals("invitation.expired", code(() -> invitations.describeInvitation(fresh.token(), ADDRESS)));
        assertTrue(weekly.id() > 0);
    }

    @Test
    void teachersInviteOnlyStudentsAndParentsOfTheirOwnClasses() {
        PersonaSchool.Persona p = personaSchool.create();
        invitations.createInvitation(parentsOf5A(true, null), Actor.of(p.ivanova()));
        assertEquals("invitation.forbidden", code(() -> invitations.createInvitation(new NewInvitation(Role.PARENT,
                p.class6b(), null, 7, null, true, null), Actor.of(p.ivanova()))));
        assertEquals("invitation.forbidden", code(() -> invitations.createInvitation(new NewInvitation(Role.TEACHER,
                p.class5a(), null, 7, null, true, null), Actor.of(p.ivanova()))));
        assertEquals("invitation.role.admin", code(() -> invitations.createInvitation(new NewInvitation(Role.ADMIN,
                p.class5a(), null, 7, null, true, null), Actor.of(p.smirnova()))));
        assertEquals("invitation.days.range", code(() -> invitations.createInvitation(new NewInvitation(Role.PARENT,
                p.class5a(), null, 0, null, true, null), Actor.of(p.smirnova()))));
        assertEquals(1, invitations.findInvitations(p.ivanova()).size(), "a teacher lists her own links");
    }

    @Test
    void aParentRegistersWaitsAndTheClassTeacherApprovesWithTheRightChild() {
        PersonaSchool.Persona p = personaSchool.create();
        Invitation link = invitations.createInvitation(parentsOf5A(true, "родительское собрание"), Actor.of(p.ivanova()));
        assertEquals("activation.consent.required", code(() -> invitations.register(link.token(),
                new Registration("Петров Сергей", "petrov.s", "Otec-2026", "Петров Артем", null, false), ADDRESS)));
        JoinOutcome outcome = invitations.register(link.token(),
                new Registration("Петров Сергей", "petrov.s", "Otec-2026", "Петров Артем", null, true), ADDRESS);
        assertTrue(outcome.pending());
        assertEquals(AccountStatus.APPLICANT, outcome.account().status());
        authentication.signIn("petrov.s", "Otec-2026", ADDRESS);
        assertEquals("joinRequest.alreadyPending", code(() -> invitations.joinWithAccount(link.token(),
                Actor.of(outcome.account().id()), "Петров Артём", null, ADDRESS)));

        List<JoinRequestView> waiting = requests.findPendingRequests(p.ivanova());
        assertEquals(1, waiting.size());
        assertEquals(p.petrov(), waiting.getFirst().matchedChildId(), "ё and е do not matter");
        assertTrue(requests.findPendingRequests(p.kuznetsov()).isEmpty(), "not his class");
        assertEquals("joinRequest.forbidden", code(() -> requests.approveRequest(waiting.getFirst().request().id(),
                p.petrov(), Actor.of(p.kuznetsov()))));

        requests.approveRequest(waiting.getFirst().request().id(), p.petrov(), Actor.of(p.ivanova()));
        assertEquals(AccountStatus.ACTIVE, accounts.findPerson(outcome.account().id()).orElseThrow().status());
        assertEquals(List.of(p.petrov()), people.findChildIds(outcome.account().id()));
        assertEquals(Set.of(outcome.account().id(), p.petrov()), Set.copyOf(consents.findConsents(
                outcome.account().id()).stream().map(ConsentRecord::subjectAccountId).toList()));
        assertEquals("joinRequest.alreadyDecided", code(() -> requests.rejectRequest(
                waiting.getFirst().request().id(), "поздно", Actor.of(p.smirnova()))));
    }

    @Test
    void aRejectedApplicantSeesWhyAndUnknownChildrenAreRefusedWithoutApproval() {
        PersonaSchool.Persona p = personaSchool.create();
        Invitation withApproval = invitations.createInvitation(parentsOf5A(true, null), Actor.of(p.smirnova()));
        JoinOutcome outcome = invitations.register(withApproval.token(),
                new Registration("Незнакомец Иван", "stranger", "Chuzhoi-2026", "Никто Никтович", null, true), ADDRESS);
        long requestId = requests.findPendingRequests(p.smirnova()).getFirst().request().id();
        assertEquals("joinRequest.reason.required", code(() -> requests.rejectRequest(requestId, " ", Actor.of(p.smirnova()))));
        requests.rejectRequest(requestId, "Такого ученика нет в 5А", Actor.of(p.smirnova()));
        JoinRequestView mine = requests.findRequestsOf(outcome.account().id()).getFirst();
        assertEquals(JoinRequestStatus.REJECTED, mine.request().status());
        assertEquals("Такого ученика нет в 5А", mine.request().reason());

        Invitation direct = invitations.createInvitation(parentsOf5A(false, null), Actor.of(p.smirnova()));
        assertEquals("invitation.child.notFound", code(() -> invitations.register(direct.token(),
                new Registration("Другой Родитель", "other.parent", "Drugoi-2026", "Никто Никтович", null, true),
                ADDRESS)));
        assertTrue(accounts.findByName("Другой Родитель").isEmpty(), "nothing half-created");
        JoinOutcome joined = invitations.register(direct.token(),
                new Registration("Сидоров Игорь", "sidorov", "Papa-2026a", "Сидорова Анна", null, true), ADDRESS);
        assertFalse(joined.pending());
        assertEquals(List.of(p.sidorova()), people.findChildIds(joined.account().id()));
        assertNotEquals(0, authentication.signIn("sidorov", "Papa-2026a", ADDRESS).id());
    }

    private NewInvitation parentsOf5A(boolean approval, String note) {
        return new NewInvitation(Role.PARENT, personaSchool.create().class5a(), null, NewInvitation.DEFAULT_DAYS, null,
                approval, note);
    }

    private static String code(Runnable action) {
        return assertThrows(PartaException.class, action::run).messageKey();
    }
}
