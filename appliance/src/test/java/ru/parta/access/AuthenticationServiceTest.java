package ru.parta.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

@MicronautTest(startApplication = false, transactional = false)
class AuthenticationServiceTest {

    private static final String ADDRESS = "10.0.0.15";

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    AuditLog auditLog;

    @Inject
    EventBus events;

    @Inject
    TestClock clock;

    @Test
    void signsInWithTheRightPasswordWhateverTheCaseOfTheLogin() {
        AccountSummary created = accounts.createAccount("Иванова Мария Петровна", "ivanova", "Klass5A-2026",
                Set.of(Role.TEACHER), Actor.SYSTEM, ADDRESS);
        List<SignedIn> signedIn = new CopyOnWriteArrayList<>();
        try (var subscription = events.subscribe(SignedIn.class, signedIn::add)) {
            AccountSummary account = authentication.signIn("  Ivanova ", "Klass5A-2026", ADDRESS);
            assertEquals(created.id(), account.id());
            assertEquals(Set.of(Role.TEACHER), account.roles());
            assertEquals("Иванова Мария Петровна", account.fullName());
        }
        assertEquals(1, signedIn.size());
        assertTrue(auditLog.findByAction("signin").stream().anyMatch(e -> e.actorAccountId() == created.id()));
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSameAnswer() {
        accounts.createAccount("Кузнецов Игорь", "kuznetsov", "Matematika-7", Set.of(Role.TEACHER), Actor.SYSTEM, ADDRESS);
        PartaException wrongPassword = assertThrows(PartaException.class,
                () -> authentication.signIn("kuznetsov", "matematika-8", "10.0.0.16"));
        PartaException unknownLogin = assertThrows(PartaException.class,
                () -> authentication.signIn("nobody", "Matematika-7", "10.0.0.16"));
        assertEquals("login.failed", wrongPassword.messageKey());
        assertEquals("login.failed", unknownLogin.messageKey());
        assertEquals(ErrorCategory.FORBIDDEN, unknownLogin.category());
        PartaException empty = assertThrows(PartaException.class, () -> authentication.signIn(" ", "", ADDRESS));
        assertEquals("login.credentialsRequired", empty.messageKey());
    }

    @Test
    void fiveFailuresInThirtyMinutesLockTheAccountForThirtyMinutes() {
        accounts.createAccount("Орлов Виктор", "orlov", "Direktor-2026", Set.of(Role.DIRECTOR), Actor.SYSTEM, ADDRESS);
        for (int attempt = 1; attempt <= 4; attempt++) {
            clock.advance(Duration.ofMinutes(5));
            PartaException failed = assertThrows(PartaException.class,
                    () -> authentication.signIn("orlov", "wrong-1", "10.0.0.17"));
            assertEquals("login.failed", failed.messageKey(), "attempt " + 4);
        }
        clock.advance(Duration.ofMinutes(5));
        PartaException fifth = assertThrows(PartaException.class,
                () -> authentication.signIn("orlov", "wrong-1", "10.0.0.17"));
        assertEquals("login.locked", fifth.messageKey());
        assertEquals(ErrorCategory.LIMIT, fifth.category());
        assertEquals(30, fifth.arguments()[0]);

        clock.advance(Duration.ofMinutes(29));
        PartaException stillLocked = assertThrows(PartaException.class,
                () -> authentication.signIn("orlov", "Direktor-2026", "10.0.0.18"));
        assertEquals("login.locked", stillLocked.messageKey(), "the right password does not open a locked account");
        assertEquals(1, stillLocked.arguments()[0]);

        clock.advance(Duration.ofMinutes(2));
        assertEquals("orlov", authentication.signIn("orlov", "Direktor-2026", "10.0.0.18").login());
        assertTrue(auditLog.findByAction("signin.locked").stream().anyMatch(e -> "orlov".equals(e.subject())));
    }

    @Test
    void failuresSpreadWiderThanTheWindowDoNotLock() {
        accounts.createAccount("Петрова Елена", "petrova", "Mama-Artema1", Set.of(Role.PARENT), Actor.SYSTEM, ADDRESS);
        for (int attempt = 0; attempt < 6; attempt++) {
            clock.advance(Duration.ofMinutes(8));
            PartaException failed = assertThrows(PartaException.class,
                    () -> authentication.signIn("petrova", "wrong-2", "10.0.0.19"));
            assertEquals("login.failed", failed.messageKey());
        }
        assertEquals("petrova", authentication.signIn("petrova", "Mama-Artema1", "10.0.0.19").login());
    }

    @Test
    void unknownLoginsLockLikeRealOnesSoLockingRevealsNothing() {
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThrows(PartaException.class, () -> authentication.signIn("ghost", "wrong-3", "10.0.0.20"));
        }
        PartaException fifth = assertThrows(PartaException.class,
                () -> authentication.signIn("ghost", "wrong-3", "10.0.0.20"));
        assertEquals("login.locked", fifth.messageKey());
    }

    @Test
    void oneAddressTryingManyLoginsIsLockedToo() {
        String address = "10.0.0.99";
        for (int attempt = 0; attempt < 30; attempt++) {
            String login = "guess" + attempt;
            assertThrows(PartaException.class, () -> authentication.signIn(login, "wrong-4", address));
        }
        accounts.createAccount("Волков Денис", "volkov", "Shestoi-B-6", Set.of(Role.STUDENT), Actor.SYSTEM, ADDRESS);
        PartaException locked = assertThrows(PartaException.class,
                () -> authentication.signIn("volkov", "Shestoi-B-6", address));
        assertEquals("login.addressLocked", locked.messageKey());
        assertEquals("volkov", authentication.signIn("volkov", "Shestoi-B-6", "10.0.0.100").login());
    }
}
