package ru.parta.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.Actor;
import ru.parta.access.AuthenticationService;
import ru.parta.access.ConsentRecord;
import ru.parta.access.PendingCode;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class ActivationFlowTest {

    private static final String ADDRESS = "192.0.2.30";

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleService people;

    @Inject
    ActivationService activation;

    @Inject
    ActivationFlow flow;

    @Inject
    AuthenticationService authentication;

    @Inject
    TestClock clock;

    private PersonaSchool.Persona persona;
    private AccountSummary father;

    @BeforeEach
    void school() {
        persona = personaSchool.create();
        father = people.addPerson(new NewPerson("Петров Сергей", Set.of(Role.PARENT), null, null, "+7 912 000-00-01",
                null, Set.of(persona.petrov())), Actor.of(persona.smirnova()));
    }

    @Test
    void aParentSeesTheirChildAcceptsConsentAndSignsIn() {
        String code = codeOf(father.id()).code();
        ActivationDetails details = flow.describeCode(code.toLowerCase(), ADDRESS);
        assertEquals("Петров Сергей", details.holder().person().fullName());
        assertEquals(List.of("Петров Артём, 5А"), details.children());
        assertTrue(details.consentRequired());

        AccountSummary active = flow.activatePerson(displayed(code), "petrov.s", "Otec-2026", true, ADDRESS);
        assertEquals(AccountStatus.ACTIVE, active.status());
        assertEquals(father.id(), authentication.signIn("petrov.s", "Otec-2026", ADDRESS).id());
        List<ConsentRecord> consents = activation.findConsents(father.id());
        assertEquals(Set.of(father.id(), persona.petrov()),
                Set.copyOf(consents.stream().map(ConsentRecord::subjectAccountId).toList()));
        assertTrue(consents.stream().allMatch(c -> c.consentVersion().equals(Consent.CURRENT_VERSION)
                && c.givenAt().equals(clock.instant()) && ADDRESS.equals(c.clientAddress())));

        PartaException reused = assertThrows(PartaException.class,
                () -> flow.activatePerson(code, "someone", "Other-2026", true, ADDRESS));
        assertEquals("activation.code.used", reused.messageKey());
    }

    @Test
    void withoutConsentAParentIsNotActivatedAndTheCodeStaysValid() {
        String code = codeOf(father.id()).code();
        assertEquals("activation.consent.required", assertThrows(PartaException.class,
                () -> flow.activatePerson(code, "petrov.s", "Otec-2026", false, ADDRESS)).messageKey());
        assertEquals("password.lettersAndDigits", assertThrows(PartaException.class,
                () -> flow.activatePerson(code, "petrov.s", "onlyletters", true, ADDRESS)).messageKey());
        assertEquals("login.taken", assertThrows(PartaException.class,
                () -> flow.activatePerson(code, "petrova", "Otec-2026", true, ADDRESS)).messageKey());
        assertTrue(activation.findConsents(father.id()).isEmpty());
        assertEquals(AccountStatus.PENDING, flow.describeCode(code, ADDRESS).holder().person().status());
        flow.activatePerson(code, "petrov.s", "Otec-2026", true, ADDRESS);
    }

    @Test
    void wrongExpiredAndReissuedCodesAreRefusedClearly() {
        assertEquals("activation.code.wrong", assertThrows(PartaException.class,
                () -> flow.describeCode("AAAA-BBBB-CCCC", ADDRESS)).messageKey());
        assertEquals("activation.code.required", assertThrows(PartaException.class,
                () -> flow.describeCode("  ", ADDRESS)).messageKey());
        String first = codeOf(father.id()).code();
        String second = activation.issueCode(father.id(), Actor.of(persona.smirnova())).code();
        assertEquals("activation.code.wrong", assertThrows(PartaException.class,
                () -> flow.describeCode(first, ADDRESS)).messageKey(), "a reissued code voids the old one");
        clock.advance(Duration.ofDays(31));
        assertEquals("activation.code.expired", assertThrows(PartaException.class,
                () -> flow.activatePerson(second, "petrov.s", "Otec-2026", true, ADDRESS)).messageKey());
    }

    @Test
    void aFewTyposOnASharedComputerLockNothingButWideGuessingLocksThatDevicesCodes() {
        String code = codeOf(father.id()).code();
        for (int i = 0; i < 5; i++) {
            assertThrows(PartaException.class, () -> flow.describeCode("WRNG-WRNG-WRNG", "192.0.2.99"));
        }
        assertEquals("Петров Сергей", flow.describeCode(code, "192.0.2.99").holder().person().fullName(),
                "the next pupil at the same classroom computer activates after five typos");
        for (int i = 5; i < 20; i++) {
            assertThrows(PartaException.class, () -> flow.describeCode("WRNG-WRNG-WRNG", "192.0.2.99"));
        }
        PartaException locked = assertThrows(PartaException.class, () -> flow.describeCode(code, "192.0.2.99"));
        assertEquals("code.deviceLocked", locked.messageKey(), "says it is this device's codes that are paused");
        assertEquals(10, locked.arguments()[0]);
        assertEquals("Петров Сергей", flow.describeCode(code, ADDRESS).holder().person().fullName());
        assertEquals("orlov", authentication.signIn("orlov", PersonaSchool.PASSWORD, "192.0.2.99").login(),
                "wrong codes never lock the device's sign-ins");
    }

    @Test
    void studentsNeedNoConsentOfTheirOwn() {
        AccountSummary student = people.addPerson(new NewPerson("Ким Саша", Set.of(Role.STUDENT), persona.class5a(),
                null, null, null, Set.of()), Actor.of(persona.smirnova()));
        String code = codeOf(student.id()).code();
        assertTrue(!flow.describeCode(code, ADDRESS).consentRequired());
        flow.activatePerson(code, "kim", "Sasha-2026", false, ADDRESS);
        assertTrue(activation.findConsents(student.id()).isEmpty());
    }

    private PendingCode codeOf(long accountId) {
        return activation.findCodes(List.of(accountId)).get(accountId);
    }

    private static String displayed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + " " + code.substring(8);
    }
}
