package ru.parta.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.people.PersonaSchool;

@MicronautTest(startApplication = false, transactional = false)
class ClassServiceTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    ClassService classes;

    @Inject
    SchoolService schools;

    @Test
    void classNamesAreWrittenOneWayWhateverTheKeyboard() {
        PersonaSchool.Persona p = personaSchool.create();
        SchoolClass created = classes.createClass(7, "в", null, Actor.of(p.smirnova()));
        assertEquals("7В", created.label());
        assertEquals(created.id(), classes.findByLabel("7 B").orElseThrow().id(), "a Latin B is the Cyrillic В");
        assertEquals("class.exists", code(() -> classes.createClass(7, "B", null, Actor.of(p.smirnova()))));
        assertEquals("class.grade.range", code(() -> classes.createClass(12, "А", null, Actor.of(p.smirnova()))));
        assertEquals("class.letter.invalid", code(() -> classes.createClass(8, "AB", null, Actor.of(p.smirnova()))));
        assertEquals("class.letter.invalid", code(() -> classes.createClass(8, "Q", null, Actor.of(p.smirnova()))));
        assertEquals("class.teacher.notTeacher", code(() -> classes.createClass(8, "А", p.petrova(), Actor.of(p.smirnova()))));
    }

    @Test
    void onlyAdministratorsChangeTheStructureWhoeverCallsTheService() {
        PersonaSchool.Persona p = personaSchool.create();
        assertEquals("permission.denied", code(() -> classes.createClass(9, "А", null, Actor.of(p.ivanova()))));
        assertEquals("permission.denied", code(() -> classes.assignTeaching(p.class5a(), p.ivanova(), "Химия",
                Actor.of(p.orlov()))));
        assertEquals("permission.denied", code(() -> schools.updateProfile(new SchoolProfile("Школа", null,
                "Europe/Moscow", LocalTime.of(21, 0), LocalTime.of(7, 0)), Actor.of(p.petrova()))));
        assertEquals("permission.denied", code(() -> schools.advanceAcademicYear(2026, Actor.of(p.orlov()))));
    }

    @Test
    void subjectTeachersAreAssignedOncePerSubject() {
        PersonaSchool.Persona p = personaSchool.create();
        Teaching first = classes.assignTeaching(p.class6b(), p.ivanova(), "  русский   язык ", Actor.of(p.smirnova()));
        assertEquals("Русский язык", first.subject());
        assertEquals(first.id(), classes.assignTeaching(p.class6b(), p.ivanova(), "Русский язык", Actor.of(p.smirnova())).id());
        assertEquals(List.of("Математика", "Русский язык"),
                classes.findTeaching(p.class6b()).stream().map(Teaching::subject).toList());
        classes.removeTeaching(first.id(), Actor.of(p.smirnova()));
        assertEquals("class.subject.required", code(() -> classes.assignTeaching(p.class6b(), p.ivanova(), " ",
                Actor.of(p.smirnova()))));
    }

    @Test
    void theProfileKeepsQuietHoursAndRefusesNonsense() {
        PersonaSchool.Persona p = personaSchool.create();
        School school = schools.requireSchool();
        assertEquals(LocalTime.of(21, 0), school.quietFrom());
        assertEquals(LocalTime.of(7, 0), school.quietUntil());
        assertEquals("2026/2027", school.academicYearLabel(), "the test clock stands on 1 September 2026");
        School changed = schools.updateProfile(new SchoolProfile("МБОУ «Школа №1»", "ул. Ленина, 1", "Asia/Omsk",
                LocalTime.of(22, 0), LocalTime.of(7, 30)), Actor.of(p.smirnova()));
        assertEquals("Asia/Omsk", changed.timeZone());
        assertEquals("ул. Ленина, 1", schools.requireSchool().address());
        assertEquals("school.quietHours.empty", code(() -> schools.updateProfile(new SchoolProfile("Школа", null,
                "Asia/Omsk", LocalTime.NOON, LocalTime.NOON), Actor.of(p.smirnova()))));
        assertEquals("school.timeZone.unknown", code(() -> schools.updateProfile(new SchoolProfile("Школа", null,
                "Mars/Base", LocalTime.NOON, LocalTime.MIDNIGHT), Actor.of(p.smirnova()))));
        assertEquals("Asia/Omsk", schools.requireSchool().timeZone(), "a refused change leaves the profile alone");
    }

    private static String code(Runnable action) {
        return assertThrows(PartaException.class, action::run).messageKey();
    }
}
