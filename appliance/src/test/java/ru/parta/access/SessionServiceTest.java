package ru.parta.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import ru.parta.base.PartaException;
import ru.parta.base.event.EventBus;
import ru.parta.people.PersonaSchool;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class SessionServiceTest {

    private static final String ADDRESS = "192.0.2.40";

    @Inject
    PersonaSchool personaSchool;

    @Inject
    SessionService sessions;

    @Inject
    AccountService accounts;

    @Inject
    AccountSecurityService security;

    @Inject
    AuthenticationService authentication;

    @Inject
    EventBus events;

    @Test
    void aPasswordChangeEndsEveryOtherSessionAndTellsTheirScreens() {
        PersonaSchool.Persona p = personaSchool.create();
        List<SessionsEnded> ended = new CopyOnWriteArrayList<>();
        events.subscribe(SessionsEnded.class, ended::add);
        String phone = sessions.startSession(p.petrova(), ADDRESS, "Mozilla/5.0 (Android)");
        String laptop = sessions.startSession(p.petrova(), "192.0.2.41", "Mozilla/5.0 (X11; Linux)");
        assertEquals(2, sessions.findActiveSessions(p.petrova()).size());

        assertEquals("password.currentWrong", assertThrows(PartaException.class,
                () -> security.changePassword(new Actor(p.petrova(), Set.of(), phone), "wrong", "Nov-Parol-1", ADDRESS)).messageKey());
        security.changePassword(new Actor(p.petrova(), Set.of(), phone), PersonaSchool.PASSWORD, "Nov-Parol-1", ADDRESS);

        assertTrue(sessions.checkSession(phone, p.petrova()));
        assertFalse(sessions.checkSession(laptop, p.petrova()));
        assertEquals(List.of(new SessionsEnded(p.petrova(), Set.of(laptop))), ended);
        assertEquals(p.petrova(), authentication.signIn("petrova", "Nov-Parol-1", ADDRESS).id());
    }

    @Test
    void someoneElseUsingMyAccountEndsOthersForcesANewPasswordAndFilesAReport() {
        PersonaSchool.Persona p = personaSchool.create();
        String mine = sessions.startSession(p.petrov(), ADDRESS, null);
        String theirs = sessions.startSession(p.petrov(), "198.51.100.7", null);
        security.reportCompromise(new Actor(p.petrov(), Set.of(), mine), ADDRESS);
        assertFalse(sessions.checkSession(theirs, p.petrov()));
        assertTrue(accounts.findAccount(p.petrov()).orElseThrow().passwordChangeRequired());
        assertEquals(List.of(p.petrov()), security.findOpenReports(Actor.of(p.smirnova())).stream()
                .map(SecurityReport::accountId).toList());
        security.changePassword(new Actor(p.petrov(), Set.of(), mine), PersonaSchool.PASSWORD, "Drugoi-Parol-2", ADDRESS);
        assertFalse(accounts.findAccount(p.petrov()).orElseThrow().passwordChangeRequired());
    }

    @Test
    void anAdministratorEndsSessionsAndDisablesAccountsButNeverTheLastAdministrator() {
        PersonaSchool.Persona p = personaSchool.create();
        String session = sessions.startSession(p.kuznetsov(), ADDRESS, null);
        assertEquals("permission.denied", assertThrows(PartaException.class,
                () -> sessions.endAllSessions(p.kuznetsov(), Actor.of(p.ivanova()))).messageKey());
        assertEquals(1, sessions.endAllSessions(p.kuznetsov(), Actor.of(p.smirnova())));
        assertFalse(sessions.checkSession(session, p.kuznetsov()));

        String again = sessions.startSession(p.kuznetsov(), ADDRESS, null);
        accounts.setEnabled(p.kuznetsov(), false, Actor.of(p.smirnova()));
        assertFalse(sessions.checkSession(again, p.kuznetsov()));
        assertEquals("login.disabled", assertThrows(PartaException.class,
                () -> authentication.signIn("kuznetsov", PersonaSchool.PASSWORD, ADDRESS)).messageKey());
        accounts.setEnabled(p.kuznetsov(), true, Actor.of(p.smirnova()));
        authentication.signIn("kuznetsov", PersonaSchool.PASSWORD, ADDRESS);

        assertEquals("admin.last", assertThrows(PartaException.class,
                () -> accounts.removeRole(p.smirnova(), Role.ADMIN, Actor.of(p.smirnova()))).messageKey());
        assertEquals("admin.last", assertThrows(PartaException.class,
                () -> accounts.setEnabled(p.smirnova(), false, Actor.of(p.smirnova()))).messageKey());
        accounts.addRoles(p.orlov(), Set.of(Role.ADMIN), Actor.of(p.smirnova()));
        accounts.addRoles(p.smirnova(), Set.of(Role.TEACHER), Actor.of(p.orlov()));
        accounts.removeRole(p.smirnova(), Role.ADMIN, Actor.of(p.orlov()));
        assertEquals(Set.of(Role.TEACHER), accounts.findPerson(p.smirnova()).orElseThrow().roles());
        assertEquals("account.roles.required", assertThrows(PartaException.class,
                () -> accounts.removeRole(p.petrov(), Role.STUDENT, Actor.of(p.orlov()))).messageKey());
    }
}
