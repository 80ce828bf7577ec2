package ru.parta.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.AuthenticationService;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;

/** Transfers, leaving, and the academic-year rollover. */
@MicronautTest(startApplication = false, transactional = false, rebuildContext = true)
class MovementTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleService people;

    @Inject
    RolloverService rollover;

    @Inject
    ClassService classes;

    @Inject
    SchoolService schools;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Test
    void aTransferMovesTheStudentAndALeavingTeacherFreesTheirClasses() {
        PersonaSchool.Persona p = personaSchool.create();
        people.transferStudent(p.petrov(), p.class6b(), Actor.of(p.smirnova()));
        assertEquals(p.class6b(), people.findClassIdOf(p.petrov()).orElseThrow());
        assertEquals("person.notStudent", assertThrows(PartaException.class,
                () -> people.transferStudent(p.ivanova(), p.class6b(), Actor.of(p.smirnova()))).messageKey());

        people.markLeft(p.ivanova(), false, Actor.of(p.smirnova()));
        assertNull(classes.findClass(p.class5a()).orElseThrow().classTeacherId());
        assertEquals(AccountStatus.LEFT, accounts.findPerson(p.ivanova()).orElseThrow().status());
        assertEquals("login.disabled", assertThrows(PartaException.class,
                () -> authentication.signIn("ivanova", PersonaSchool.PASSWORD, "127.0.0.1")).messageKey());
    }

    @Test
    void theRolloverMovesClassesUpGraduatesTheEleventhGradeAndRunsOnce() {
        PersonaSchool.Persona p = personaSchool.create();
        SchoolClass eleven = classes.createClass(11, "А", null, Actor.of(p.smirnova()));
        SchoolClass ten = classes.createClass(10, "А", null, Actor.of(p.smirnova()));
        AccountSummary graduate = people.addPerson(new NewPerson("Выпускник Иван", Set.of(Role.STUDENT), eleven.id(),
                null, null, null, Set.of()), Actor.of(p.smirnova()));
        people.addPerson(new NewPerson("Десятиклассник Пётр", Set.of(Role.STUDENT), ten.id(), null, null, null,
                Set.of()), Actor.of(p.smirnova()));
        int year = schools.requireSchool().academicYear();

        RolloverPlan plan = rollover.previewRollover();
        assertEquals(year, plan.currentYear());
        assertEquals(List.of("5А→6А", "6Б→7Б", "10А→11А", "11А→выпуск"), plan.moves().stream()
                .map(m -> m.fromLabel() + "→" + (m.graduates() ? "выпуск" : m.toLabel())).toList());
        assertEquals(1, plan.graduatingStudents());

        rollover.rollOverYear(year, Actor.of(p.smirnova()));

        assertEquals(year + 1, schools.requireSchool().academicYear());
        assertEquals(List.of("6А", "7Б", "11А"), classes.findClasses().stream().map(SchoolClass::label).toList());
        assertEquals(AccountStatus.LEFT, accounts.findPerson(graduate.id()).orElseThrow().status());
        assertEquals(eleven.id(), people.findClassIdOf(graduate.id()).orElseThrow(), "history keeps their class");
        assertEquals(ten.id(), classes.findByLabel("11А").orElseThrow().id());
        assertTrue(classes.findByLabel("5А").isEmpty());
        classes.createClass(5, "А", null, Actor.of(p.smirnova()));

        PartaException twice = assertThrows(PartaException.class, () -> rollover.rollOverYear(year, Actor.of(p.smirnova())));
        assertEquals("rollover.alreadyDone", twice.messageKey());
        assertEquals(List.of("5А", "6А", "7Б", "11А"), classes.findClasses().stream().map(SchoolClass::label).toList(),
                "nothing moved the second time");
    }
}
