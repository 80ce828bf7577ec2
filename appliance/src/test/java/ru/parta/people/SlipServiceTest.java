package ru.parta.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.Actor;
import ru.parta.access.PendingCode;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.TestClock;

@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class SlipServiceTest {

    private static final String BASE = "http://192.168.1.10:8080";

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleService people;

    @Inject
    AccountService accounts;

    @Inject
    ActivationService activation;

    @Inject
    SlipService slips;

    @Inject
    TestClock clock;

    @Test
    void aClassPdfHoldsEachPendingPersonsCodeAndAQrCodeOfTheirLink() throws Exception {
        PersonaSchool.Persona persona = personaSchool.create();
        AccountSummary kim = people.addPerson(new NewPerson("Ким Александр", Set.of(Role.STUDENT), persona.class5a(),
                null, null, null, Set.of()), Actor.of(persona.smirnova()));
        AccountSummary father = people.addPerson(new NewPerson("Петров Сергей", Set.of(Role.PARENT), null, null, null,
                null, Set.of(persona.petrov())), Actor.of(persona.smirnova()));
        AccountSummary ivanova = accounts.findAccount(persona.ivanova()).orElseThrow();

        byte[] pdf = slips.printClassSlips(persona.class5a(), BASE + "/", Actor.of(ivanova.id()));
        java.nio.file.Files.write(java.nio.file.Path.of("target/slips-5A.pdf"), pdf);  // to look at after a build

        PendingCode kimCode = code(kim.id());
        PendingCode fatherCode = code(father.id());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ким Александр"), text);
            assertTrue(text.contains("Ученик, 5А"), text);
            assertTrue(text.contains(kimCode.displayCode()), text);
            assertTrue(text.contains("Родитель: Петров Артём, 5А"), text);
            assertTrue(text.contains(fatherCode.displayCode()), text);
            assertTrue(!text.contains("Сидорова Анна"), "people already active get no slip");
            List<String> links = SlipReader.qrLinks(document);
            assertEquals(Set.of(BASE + "/activate?code=" + kimCode.code(), BASE + "/activate?code=" + fatherCode.code()),
                    Set.copyOf(links));
        }
    }

    @Test
    void onlyTheClassTeacherAndLeadershipPrintAndExpiredCodesAreRenewed() {
        PersonaSchool.Persona persona = personaSchool.create();
        AccountSummary kim = people.addPerson(new NewPerson("Ким Александр", Set.of(Role.STUDENT), persona.class5a(),
                null, null, null, Set.of()), Actor.of(persona.smirnova()));
        AccountSummary kuznetsov = accounts.findAccount(persona.kuznetsov()).orElseThrow();
        assertEquals("slips.forbidden", assertThrows(PartaException.class,
                () -> slips.printClassSlips(persona.class5a(), BASE, Actor.of(kuznetsov.id()))).messageKey());
        assertEquals("slips.forbidden", assertThrows(PartaException.class,
                () -> slips.printStaffSlips(BASE, Actor.of(kuznetsov.id()))).messageKey());

        PendingCode before = code(kim.id());
        AccountSummary director = accounts.findAccount(persona.orlov()).orElseThrow();
        slips.printClassSlips(persona.class5a(), BASE, Actor.of(director.id()));
        assertEquals(before, code(kim.id()), "a valid code is printed as it is");
        clock.advance(Duration.ofDays(40));
        slips.printClassSlips(persona.class5a(), BASE, Actor.of(director.id()));
        assertNotEquals(before.code(), code(kim.id()).code());
        assertTrue(!activation.isExpired(code(kim.id())));
    }

    @Test
    void manySlipsFlowOverSeveralPages() throws IOException {
        PersonaSchool.Persona persona = personaSchool.create();
        for (int i = 0; i < 17; i++) {
            people.addPerson(new NewPerson("Учитель Номер " + (char) ('А' + i), Set.of(Role.TEACHER), null, null, null,
                    null, Set.of()), Actor.of(persona.smirnova()));
        }
        byte[] pdf = slips.printStaffSlips(BASE, Actor.of(persona.smirnova()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages(), "8 slips to a page");
            assertEquals(17, Set.copyOf(SlipReader.qrLinks(document)).size(), "every slip's QR code reads");
        }
    }

    private PendingCode code(long accountId) {
        return activation.findCodes(List.of(accountId)).get(accountId);
    }
}
