package ru.parta.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.Actor;
import ru.parta.access.AuthenticationService;
import ru.parta.access.SecurityLog;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditFilter;

/** 152-FZ: erasure with its act, the own-data archive, the opt-out register, the security log. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class PrivacyTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ErasureService erasure;

    @Inject
    PersonalDataExport export;

    @Inject
    OptOutService optOuts;

    @Inject
    PeopleService people;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    SecurityLog securityLog;

    @Inject
    PeopleDirectory directory;

    @Test
    void aParentAsksAndAnAdministratorErasesWithAnAct() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        authentication.signIn("petrova", PersonaSchool.PASSWORD, "192.0.2.60");
        people.updateDetails(p.petrova(), null, "+7 912 000-00-00", null, Actor.of(p.smirnova()));
        assertEquals("erasure.request.forbidden", code(() -> erasure.requestErasure(p.sidorova(), Actor.of(p.petrova()))));
        erasure.requestErasure(p.petrova(), Actor.of(p.petrova()));
        assertEquals("erasure.request.pending", code(() -> erasure.requestErasure(p.petrova(), Actor.of(p.petrova()))));
        assertEquals(1, erasure.findPendingRequests(Actor.of(p.smirnova())).size());

        ErasureRecord record = erasure.erasePerson(p.petrova(), Actor.of(p.smirnova()));

        var erased = accounts.findPerson(p.petrova()).orElseThrow();
        assertEquals(AccountStatus.ERASED, erased.status());
        assertEquals("Удалённый пользователь", erased.fullName());
        assertEquals(null, erased.login());
        assertTrue(people.findChildIds(p.petrova()).isEmpty());
        assertEquals("login.failed", code(() -> authentication.signIn("petrova", PersonaSchool.PASSWORD, "192.0.2.60")));
        assertEquals("Петрова Елена", record.formerName());
        assertTrue(record.categoryKeys().containsAll(List.of("erasure.category.name", "erasure.category.credentials",
                "erasure.category.contacts", "erasure.category.family")), record.categoryKeys().toString());
        assertTrue(record.auditExtract().contains(";signin;petrova;"), record.auditExtract());
        assertTrue(erasure.findPendingRequests(Actor.of(p.smirnova())).isEmpty(), "the request is done");
        assertEquals("erasure.already", code(() -> erasure.erasePerson(p.petrova(), Actor.of(p.smirnova()))));
        var admin = accounts.findPerson(p.smirnova()).orElseThrow();
        assertTrue(directory.findPeople(admin, PeopleFilter.ALL, 0, 50).stream()
                .noneMatch(row -> row.id() == p.petrova()), "erased people leave the lists");
        assertEquals(1, directory.countPeople(admin, new PeopleFilter(null, null, null, null, AccountStatus.ERASED)));

        byte[] pdf = erasure.printAct(record.id(), Actor.of(p.smirnova()));
        java.nio.file.Files.write(java.nio.file.Path.of("target/erasure-act.pdf"), pdf);  // to look at after a build
        try (PDDocument act = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(act);
            assertTrue(text.contains("Акт об уничтожении персональных данных"), text);
            assertTrue(text.contains("Петрова Елена"), text);
            assertTrue(text.contains("Смирнова Ольга"), text);
            assertTrue(text.contains("контактные данные"), text);
        }
    }

    @Test
    void theLastAdministratorCannotBeErasedAndOnlyAdministratorsErase() {
        PersonaSchool.Persona p = personaSchool.create();
        assertEquals("admin.last", code(() -> erasure.erasePerson(p.smirnova(), Actor.of(p.smirnova()))));
        assertEquals("permission.denied", code(() -> erasure.erasePerson(p.petrov(), Actor.of(p.ivanova()))));
        assertEquals(AccountStatus.ACTIVE, accounts.findPerson(p.smirnova()).orElseThrow().status());
    }

    @Test
    void everyoneDownloadsTheirOwnData() throws Exception {
        PersonaSchool.Persona p = personaSchool.create();
        authentication.signIn("petrova", PersonaSchool.PASSWORD, "192.0.2.61");
        Map<String, String> files = unzip(export.exportOwnData(Actor.of(p.petrova())));
        assertEquals(List.of("README.txt", "acknowledgements.csv", "comments.csv", "consents.csv", "console-keys.csv", "contacts.csv", "displays.csv", "materials.csv", "messages.csv", "profile.csv",
                "rules.csv", "security-log.csv", "sessions.csv", "votes.csv"), files.keySet().stream().sorted().toList());
        assertTrue(files.get("profile.csv").contains("full_name;Петрова Елена"), files.get("profile.csv"));
        assertTrue(files.get("profile.csv").contains("children;Петров Артём"), files.get("profile.csv"));
        assertTrue(files.get("security-log.csv").contains("signin"), files.get("security-log.csv"));
        assertTrue(files.get("displays.csv").contains("what;title;at"), files.get("displays.csv"));
    }

    @Test
    void theOptOutRegisterReachesTheClassTeacherOnly() {
        PersonaSchool.Persona p = personaSchool.create();
        assertEquals("person.phone.invalid", code(() -> optOuts.recordOptOut("Сидоров Игорь", p.sidorova(),
                LocalDate.of(2026, 9, 1), "Заявление №12", ContactChannel.PHONE, "12", Actor.of(p.smirnova()))));
        assertEquals("optOut.contact.required", code(() -> optOuts.recordOptOut("Сидоров Игорь", p.sidorova(),
                LocalDate.of(2026, 9, 1), null, ContactChannel.EMAIL, " ", Actor.of(p.smirnova()))));
        assertEquals("permission.denied", code(() -> optOuts.recordOptOut("Сидоров Игорь", p.sidorova(),
                LocalDate.of(2026, 9, 1), null, ContactChannel.IN_PERSON, null, Actor.of(p.ivanova()))));
        var imported = people.addPerson(new NewPerson("Сидоров Игорь", java.util.Set.of(ru.parta.access.Role.PARENT),
                null, null, null, null, java.util.Set.of(p.sidorova())), Actor.of(p.smirnova()));
        optOuts.recordOptOut("Сидоров Игорь", p.sidorova(), LocalDate.of(2026, 9, 1), "Заявление №12",
                ContactChannel.PHONE, "+7 912 111-22-33", Actor.of(p.smirnova()));
        assertEquals(AccountStatus.LEFT, accounts.findPerson(imported.id()).orElseThrow().status(),
                "the family gets no account: the imported one is closed before it is activated");
        List<OptOutView> ivanova = optOuts.findOptOuts(p.ivanova());
        assertEquals(1, ivanova.size());
        assertEquals("Сидорова Анна", ivanova.getFirst().childName());
        assertEquals("5А", ivanova.getFirst().classLabel());
        assertTrue(optOuts.findOptOuts(p.kuznetsov()).isEmpty(), "not his class to lead");
    }

    @Test
    void theSecurityLogFiltersAndExportsForAdministratorsOnly() {
        PersonaSchool.Persona p = personaSchool.create();
        assertThrows(PartaException.class, () -> authentication.signIn("smirnova", "wrong-1", "192.0.2.62"));
        AuditFilter failures = new AuditFilter("signin.failed", null, null, null, null);
        assertEquals(1, securityLog.countEvents(failures, Actor.of(p.smirnova())));
        String csv = new String(securityLog.exportCsv(failures, ZoneId.of("Europe/Moscow"), Actor.of(p.smirnova())),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFid;time;actor;action;subject;address"), csv);
        assertTrue(csv.contains(";signin.failed;smirnova;192.0.2.62"), csv);
        assertEquals("permission.denied", code(() -> securityLog.countEvents(AuditFilter.ALL, Actor.of(p.orlov()))));
        assertFalse(securityLog.findEvents(AuditFilter.ALL, 0, 10, Actor.of(p.smirnova())).isEmpty());
        assertEquals("'=HYPERLINK(1)", ru.parta.base.CsvCells.safe("=HYPERLINK(1)"), "no formula reaches Excel");
        assertEquals("5А", ru.parta.base.CsvCells.safe("5А"));
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String code(Runnable action) {
        return assertThrows(PartaException.class, action::run).messageKey();
    }
}
