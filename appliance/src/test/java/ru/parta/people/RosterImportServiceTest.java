package ru.parta.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.i18n.Phrase;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.setup.SetupRequest;
import ru.parta.setup.SetupService;

/** Each test starts from a school with an administrator and the classes 5А and 6Б only. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class RosterImportServiceTest {

    private static final Path EXAMPLES = Path.of("../config/examples");

    @Inject
    RosterImportService roster;

    @Inject
    SetupService setup;

    @Inject
    ClassService classes;

    @Inject
    PeopleService people;

    @Inject
    PeopleDirectory directory;

    @Inject
    ActivationService activation;

    private AccountSummary admin;
    private SchoolClass class5a;
    private SchoolClass class6b;

    @BeforeEach
    void school() {
        String code = setup.issueSetupCode().orElseThrow();
        admin = setup.completeSetup(new SetupRequest(code, "Школа №1", "Europe/Moscow", "Смирнова Ольга", "smirnova",
                "Admin-2026"), "127.0.0.1");
        class5a = classes.createClass(5, "А", null, Actor.of(admin.id()));
        class6b = classes.createClass(6, "Б", null, Actor.of(admin.id()));
    }

    @Test
    void theExampleFilesImportCleanlyAndAgainWithoutDuplicates() throws IOException {
        for (RosterKind kind : List.of(RosterKind.STUDENTS, RosterKind.PARENTS, RosterKind.STAFF)) {
            byte[] file = example(kind);
            RosterPreview preview = roster.previewRoster(kind, file);
            assertTrue(!preview.hasProblems(), kind + " " + preview.lines());
            roster.importRoster(kind, file, Actor.of(admin.id()), RosterProgress.NONE);
        }
        assertEquals(5, count(Role.STUDENT));
        assertEquals(4, count(Role.PARENT), "Волкова is one person with two children");
        assertEquals(3, count(Role.TEACHER), "Орлов is the director only");
        assertEquals(3, people.findStudentIds(class5a.id()).size());
        assertEquals(2, people.findStudentIds(class6b.id()).size());

        for (RosterKind kind : List.of(RosterKind.STUDENTS, RosterKind.PARENTS, RosterKind.STAFF)) {
            RosterPreview again = roster.importRoster(kind, example(kind), Actor.of(admin.id()), RosterProgress.NONE);
            assertEquals(again.lines().size(), again.count(PlannedLine.Action.UNCHANGED), kind + " " + again.lines());
        }
        assertEquals(5, count(Role.STUDENT));
        assertEquals(4, count(Role.PARENT));
        SchoolClass led = classes.findClass(class5a.id()).orElseThrow();
        long ivanova = directory.findPeople(admin, new PeopleFilter("Иванова", Role.TEACHER, null, null, null), 0, 10)
                .getFirst().id();
        assertEquals(ivanova, led.classTeacherId());
        assertEquals(Set.of("Русский язык", "Литература", "Математика"), Set.copyOf(classes.findTeaching(class5a.id())
                .stream().map(t -> t.subject()).toList()));
    }

    @Test
    void everyImportedPersonWaitsForActivationWithACode() throws IOException {
        roster.importRoster(RosterKind.STUDENTS, example(RosterKind.STUDENTS), Actor.of(admin.id()), RosterProgress.NONE);
        List<PersonRow> students = directory.findPeople(admin, new PeopleFilter(null, Role.STUDENT, null, null, null),
                0, 50);
        assertEquals(5, students.size());
        assertTrue(students.stream().allMatch(s -> s.status() == AccountStatus.PENDING));
        assertEquals(5, activation.findCodes(students.stream().map(PersonRow::id).toList()).size());
        assertEquals("5А", students.stream().filter(s -> s.fullName().startsWith("Петров")).findFirst().orElseThrow()
                .classLabel());
    }

    @Test
    void anUpdatedFileTransfersAndCompletesInsteadOfDuplicating() {
        roster.importRoster(RosterKind.STUDENTS, utf8("ФИО;Класс\nПетров Артём;5А\nВолков Денис;6Б\n"), Actor.of(admin.id()),
                RosterProgress.NONE);
        RosterPreview update = roster.importRoster(RosterKind.STUDENTS,
                win1251("ФИО,Класс,Дата рождения\r\nпетров  артем,6 б,12.03.2015\r\nВолков Денис,6Б,\r\n"),
                Actor.of(admin.id()), RosterProgress.NONE);
        assertEquals(PlannedLine.Action.UPDATE, update.lines().get(0).action());
        assertEquals(List.of(Phrase.of("roster.change.transfer", "6Б"), Phrase.of("roster.change.birthDate")),
                update.lines().get(0).changes());
        assertEquals(PlannedLine.Action.UNCHANGED, update.lines().get(1).action());
        assertEquals(2, count(Role.STUDENT));
        assertEquals(2, people.findStudentIds(class6b.id()).size());
    }

    @Test
    void aFileWithProblemsListsThemPerLineAndImportsNothing() {
        byte[] file = utf8("ФИО;Класс;Дата рождения\nПетров Артём;5А;12.03.2015\n;5А;\nСидорова Анна;7В;\n"
                + "Ким Саша;5А;31.02.2015\nПетров Артём;5А;12.03.2015\n");
        RosterPreview preview = roster.previewRoster(RosterKind.STUDENTS, file);
        assertEquals(List.of(PlannedLine.Action.NEW, PlannedLine.Action.PROBLEM, PlannedLine.Action.PROBLEM,
                PlannedLine.Action.PROBLEM, PlannedLine.Action.PROBLEM), actions(preview));
        assertEquals("account.fullName.required", preview.lines().get(1).problems().getFirst().key());
        assertEquals(Phrase.of("roster.problem.classUnknown", "7В"), preview.lines().get(2).problems().getFirst());
        assertEquals(Phrase.of("person.birthDate.invalid", "31.02.2015"), preview.lines().get(3).problems().getFirst());
        assertEquals(Phrase.of("roster.problem.duplicate", 2), preview.lines().get(4).problems().getFirst());
        assertEquals(List.of(2, 3, 4, 5, 6), preview.lines().stream().map(PlannedLine::line).toList());

        PartaException refused = assertThrows(PartaException.class,
                () -> roster.importRoster(RosterKind.STUDENTS, file, Actor.of(admin.id()), RosterProgress.NONE));
        assertEquals("roster.hasProblems", refused.messageKey());
        assertEquals(0, count(Role.STUDENT), "not even the good first line was written");
    }

    @Test
    void parentsNeedTheirChildInTheNamedClass() {
        roster.importRoster(RosterKind.STUDENTS, utf8("ФИО;Класс\nПетров Артём;5А\n"), Actor.of(admin.id()), RosterProgress.NONE);
        RosterPreview preview = roster.previewRoster(RosterKind.PARENTS, utf8(
                "ФИО родителя;ФИО ребёнка;Класс;Телефон;E-mail\nПетрова Елена;Петров Артём;6Б;;\n"
                        + "Петрова Елена;Петров Артём;5А;12;mail\nПетрова Елена;Петров Артём;5А;;\n"));
        assertEquals(Phrase.of("roster.problem.childNotFound", "Петров Артём", "6Б"),
                preview.lines().get(0).problems().getFirst());
        assertEquals(List.of("person.phone.invalid", "person.email.invalid"),
                preview.lines().get(1).problems().stream().map(Phrase::key).toList());
        assertEquals(PlannedLine.Action.NEW, preview.lines().get(2).action());
    }

    @Test
    void aTeacherWhoIsAlsoAParentStaysOnePersonWithBothRoles() {
        roster.importRoster(RosterKind.STAFF, utf8("ФИО;Роли;Классы;Предметы\nКузнецов Игорь;учитель;6Б;Математика\n"),
                Actor.of(admin.id()), RosterProgress.NONE);
        roster.importRoster(RosterKind.STUDENTS, utf8("ФИО;Класс\nКузнецова Вера;5А\n"), Actor.of(admin.id()),
                RosterProgress.NONE);
        RosterPreview parents = roster.importRoster(RosterKind.PARENTS,
                utf8("ФИО родителя;ФИО ребёнка;Класс\nКузнецов Игорь;Кузнецова Вера;5А\n"), Actor.of(admin.id()),
                RosterProgress.NONE);
        assertEquals(PlannedLine.Action.UPDATE, parents.lines().getFirst().action());
        List<PersonRow> kuznetsov = directory.findPeople(admin, PeopleFilter.ALL.withText("кузнецов игорь"), 0, 5);
        assertEquals(1, kuznetsov.size());
        assertEquals(Set.of(Role.TEACHER, Role.PARENT), kuznetsov.getFirst().roles());
        assertEquals(List.of("Кузнецова Вера (5А)"), kuznetsov.getFirst().children());
    }

    @Test
    void staffLinesCheckRolesClassesAndSubjects() {
        RosterPreview preview = roster.previewRoster(RosterKind.STAFF, utf8("ФИО;Роли;Классы;Предметы\n"
                + "А Б;завхоз;;\nВ Г;учитель;5А;\nД Е;;;\nЖ З;Учитель;9Я;Химия\n"));
        assertEquals(List.of("roster.problem.roleUnknown", "roster.problem.subjectsRequired",
                "roster.problem.rolesRequired", "roster.problem.classUnknown"),
                preview.lines().stream().map(l -> l.problems().getFirst().key()).toList());
    }

    @Test
    void progressIsReportedToTheLastStep() {
        StringBuilder file = new StringBuilder("ФИО;Класс\n");
        for (int i = 0; i < 300; i++) {
            file.append("Ученик Номер").append(Integer.toString(i, 26).replaceAll("[0-9]", "ы")).append(i)
                    .append(";5А\n");
        }
        List<Integer> seen = new ArrayList<>();
        roster.importRoster(RosterKind.STUDENTS, utf8(file.toString()), Actor.of(admin.id()), (done, total) -> {
            if (done == total) {
                seen.add(total);
            }
        });
        assertEquals(List.of(300), seen);
        assertEquals(300, count(Role.STUDENT));
    }

    private long count(Role role) {
        return directory.countPeople(admin, new PeopleFilter(null, role, null, null, null));
    }

    private static List<PlannedLine.Action> actions(RosterPreview preview) {
        return preview.lines().stream().map(PlannedLine::action).toList();
    }

    private static byte[] example(RosterKind kind) throws IOException {
        return Files.readAllBytes(EXAMPLES.resolve(kind.name().toLowerCase() + ".csv"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] win1251(String text) {
        return text.getBytes(Charset.forName("windows-1251"));
    }
}
