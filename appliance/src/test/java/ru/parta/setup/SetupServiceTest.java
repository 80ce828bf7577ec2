package ru.parta.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.AuthenticationService;
import ru.parta.access.Role;
import ru.parta.base.ErrorCategory;
import ru.parta.base.PartaException;
import ru.parta.school.SchoolService;

/** Each test gets a fresh context, hence a fresh in-memory database that is not set up yet. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class SetupServiceTest {

    private static final String ADDRESS = "192.0.2.10";

    @Inject
    SetupService setup;

    @Inject
    SchoolService schools;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    private static SetupRequest request(String code) {
        return new SetupRequest(code, "Школа №1", "Europe/Moscow", "Смирнова Ольга", "smirnova", "Admin-2026");
    }

    @Test
    void theRightCodeCreatesTheSchoolAndItsFirstAdministratorOnce() {
        String code = setup.issueSetupCode().orElseThrow();
        assertFalse(setup.isSetupComplete());

        AccountSummary admin = setup.completeSetup(request(code.toLowerCase().replace("-", " ")), ADDRESS);

        assertTrue(setup.isSetupComplete());
        assertEquals(Set.of(Role.ADMIN), admin.roles());
        assertEquals("Школа №1", schools.findSchool().orElseThrow().name());
        assertEquals("Europe/Moscow", schools.zone().getId());
        assertEquals(admin.id(), authentication.signIn("smirnova", "Admin-2026", ADDRESS).id());
        assertTrue(setup.issueSetupCode().isEmpty(), "no code once set up");

        PartaException replay = assertThrows(PartaException.class, () -> setup.completeSetup(request(code), ADDRESS));
        assertEquals("setup.alreadyDone", replay.messageKey());
        assertEquals(ErrorCategory.CONFLICT, replay.category());
        assertEquals(1, accounts.countWithRole(Role.ADMIN));
    }

    @Test
    void aWrongOrOldCodeCreatesNothing() {
        String old = setup.issueSetupCode().orElseThrow();
        String current = setup.issueSetupCode().orElseThrow();
        PartaException wrong = assertThrows(PartaException.class,
                () -> setup.completeSetup(request("AAAA-BBBB-CCCC"), ADDRESS));
        assertEquals("setup.code.wrong", wrong.messageKey());
        PartaException stale = assertThrows(PartaException.class, () -> setup.completeSetup(request(old), ADDRESS));
        assertEquals("setup.code.wrong", stale.messageKey());
        assertTrue(schools.findSchool().isEmpty());
        assertEquals(0, accounts.countWithRole(Role.ADMIN));

        setup.completeSetup(request(current), ADDRESS);
        assertTrue(setup.isSetupComplete());
    }

    @Test
    void badFieldsAreRefusedBeforeTheCodeIsSpent() {
        String code = setup.issueSetupCode().orElseThrow();
        assertKey("setup.code.required", new SetupRequest(" ", "Школа", "Europe/Moscow", "Имя", "admin", "Admin-2026"));
        assertKey("school.name.required", new SetupRequest(code, " ", "Europe/Moscow", "Имя", "admin", "Admin-2026"));
        assertKey("school.timeZone.unknown", new SetupRequest(code, "Школа", "Mars/Olympus", "Имя", "admin",
                "Admin-2026"));
        assertKey("account.fullName.required", new SetupRequest(code, "Школа", "Europe/Moscow", "", "admin",
                "Admin-2026"));
        assertKey("password.tooShort", new SetupRequest(code, "Школа", "Europe/Moscow", "Имя", "admin", "a1"));
        assertKey("password.lettersAndDigits", new SetupRequest(code, "Школа", "Europe/Moscow", "Имя", "admin",
                "12345678901"));
        assertTrue(schools.findSchool().isEmpty());
        assertEquals(0, accounts.countWithRole(Role.ADMIN));
        setup.completeSetup(request(code), ADDRESS);
        assertTrue(setup.isSetupComplete());
    }

    @Test
    void manyWrongCodesFromOneDevicePauseThatDevicesCodes() {
        String code = setup.issueSetupCode().orElseThrow();
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThrows(PartaException.class, () -> setup.completeSetup(request("ZZZZ-ZZZZ-ZZZZ"), ADDRESS));
        }
        PartaException locked = assertThrows(PartaException.class, () -> setup.completeSetup(request(code), ADDRESS));
        assertEquals("code.deviceLocked", locked.messageKey(), "there is no account during setup: the device is paused");
        setup.completeSetup(request(code), "192.0.2.11");
        assertTrue(setup.isSetupComplete());
    }

    @Test
    void twoBrowsersRacingTheWizardMakeExactlyOneAdministrator() throws Exception {
        String code = setup.issueSetupCode().orElseThrow();
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int racer = i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    setup.completeSetup(new SetupRequest(code, "Школа №1", "Europe/Moscow", "Админ " + racer,
                            "admin" + racer, "Admin-2026"), "192.0.2." + (20 + racer));
                    return "created";
                } catch (PartaException e) {
                    return e.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter("created"::equals).count(), results.toString());
        assertEquals(racers - 1, results.stream().filter("setup.alreadyDone"::equals).count(), results.toString());
        assertEquals(1, accounts.countWithRole(Role.ADMIN));
    }

    private void assertKey(String key, SetupRequest request) {
        PartaException e = assertThrows(PartaException.class, () -> setup.completeSetup(request, ADDRESS));
        assertEquals(key, e.messageKey());
    }
}
