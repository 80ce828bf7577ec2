package ru.parta.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolGroup;

/** Who sees whom in the persona school. */
@MicronautTest(startApplication = false, transactional = false)
class PeopleDirectoryTest {

    @Inject
    PersonaSchool personaSchool;

    @Inject
    PeopleDirectory directory;

    @Inject
    PeopleService people;

    @Inject
    AccountService accounts;

    @Inject
    GroupService groups;

    private PersonaSchool.Persona p;

    @BeforeEach
    void school() {
        p = personaSchool.create();
    }

    @Test
    void administratorsAndTheDirectorBrowseTheWholeSchool() {
        assertEquals(8, directory.countPeople(as(p.smirnova()), PeopleFilter.ALL));
        assertEquals(8, directory.countPeople(as(p.orlov()), PeopleFilter.ALL));
        assertEquals(List.of("Волков Денис", "Иванова Мария Петровна"), names(as(p.orlov()), PeopleFilter.ALL, 0, 2));
        assertEquals(List.of("Кузнецов Игорь", "Орлов Виктор"), names(as(p.orlov()), PeopleFilter.ALL, 2, 2));
    }

    @Test
    void aStudentSeesClassmatesTheirTeachersAndParentsOnly() {
        assertEquals(Set.of("Петров Артём", "Сидорова Анна", "Иванова Мария Петровна", "Кузнецов Игорь",
                "Петрова Елена"), Set.copyOf(names(as(p.petrov()), PeopleFilter.ALL, 0, 50)));
        assertFalse(directory.canSee(as(p.petrov()), p.volkov()), "a student of 6Б is outside 5А's circle");
        assertThrows(PartaException.class, () -> directory.findPerson(as(p.petrov()), p.volkov()));
    }

    @Test
    void aParentSeesTheirChildItsTeachersAndTheOtherParentsButNotOtherChildren() {
        assertEquals(Set.of("Петрова Елена", "Петров Артём", "Иванова Мария Петровна", "Кузнецов Игорь"),
                Set.copyOf(names(as(p.petrova()), PeopleFilter.ALL, 0, 50)));
        assertFalse(directory.canSee(as(p.petrova()), p.sidorova()));
    }

    @Test
    void aTeacherSeesTheirClassesFamiliesAndTheStaffRoom() {
        Set<String> seen = Set.copyOf(names(as(p.kuznetsov()), PeopleFilter.ALL, 0, 50));
        assertEquals(Set.of("Смирнова Ольга", "Орлов Виктор", "Иванова Мария Петровна", "Кузнецов Игорь",
                "Петров Артём", "Сидорова Анна", "Волков Денис", "Петрова Елена"), seen);
        Set<String> ivanovaSees = Set.copyOf(names(as(p.ivanova()), PeopleFilter.ALL, 0, 50));
        assertFalse(ivanovaSees.contains("Волков Денис"), "Иванова has no part in 6Б");
    }

    @Test
    void filtersCombineNameRoleClassAndGroup() {
        AccountSummary admin = as(p.smirnova());
        assertEquals(List.of("Иванова Мария Петровна", "Петров Артём", "Петрова Елена"),
                names(admin, PeopleFilter.ALL.withText(" ПЕТРОВ "), 0, 9), "any part of the name");
        assertEquals(List.of("Петров Артём"), names(admin, PeopleFilter.ALL.withText("артем"), 0, 9), "ё = е");
        assertEquals(List.of(), names(admin, PeopleFilter.ALL.withText("%"), 0, 9), "wildcards are literal");
        assertEquals(List.of("Иванова Мария Петровна", "Кузнецов Игорь", "Петров Артём", "Петрова Елена",
                "Сидорова Анна"), names(admin, new PeopleFilter(null, null, p.class5a(), null, null), 0, 9));
        assertEquals(List.of("Петров Артём", "Сидорова Анна"),
                names(admin, new PeopleFilter(null, Role.STUDENT, p.class5a(), null, null), 0, 9));
        SchoolGroup staffRoom = groups.findGroups().getFirst();
        assertTrue(staffRoom.isStaffRoom());
        assertEquals(List.of("Иванова Мария Петровна", "Кузнецов Игорь", "Орлов Виктор", "Смирнова Ольга"),
                names(admin, new PeopleFilter(null, null, null, staffRoom.id(), null), 0, 9));
        PersonRow petrova = directory.findPerson(admin, p.petrova());
        assertEquals(List.of("Петров Артём (5А)"), petrova.children());
    }

    @Test
    void aClubMakesItsMembersVisibleToEachOther() {
        SchoolGroup chess = groups.createGroup("Шахматный клуб " + System.nanoTime(), Actor.of(p.smirnova()));
        assertFalse(directory.canSee(as(p.volkov()), p.sidorova()));
        groups.addMember(chess.id(), p.volkov(), Actor.of(p.smirnova()));
        groups.addMember(chess.id(), p.sidorova(), Actor.of(p.smirnova()));
        assertTrue(directory.canSee(as(p.volkov()), p.sidorova()));
        assertEquals("group.staffRoom.automatic", assertThrows(PartaException.class,
                () -> groups.addMember(groups.findGroups().getFirst().id(), p.volkov(), Actor.of(p.smirnova()))).messageKey());
        groups.removeMember(chess.id(), p.sidorova(), Actor.of(p.smirnova()));
        assertFalse(directory.canSee(as(p.volkov()), p.sidorova()));
    }

    @Test
    void onlyAdministratorsReadContactDetails() {
        assertEquals("person.details.forbidden", assertThrows(PartaException.class,
                () -> people.findDetail(p.petrova(), as(p.orlov()))).messageKey());
        people.updateDetails(p.petrova(), null, "+7 912 000-00-00", "petrova@example.ru", Actor.of(p.smirnova()));
        assertEquals("+7 912 000-00-00", people.findDetail(p.petrova(), as(p.smirnova())).orElseThrow().phone());
        assertEquals("person.email.invalid", assertThrows(PartaException.class,
                () -> people.updateDetails(p.petrova(), null, null, "not-an-address", Actor.of(p.smirnova()))).messageKey());
    }

    @Test
    void peopleWhoLeftAreHiddenUnlessAskedFor() {
        AccountSummary temp = people.addPerson(new NewPerson("Временный Учитель", Set.of(Role.TEACHER), null, null,
                null, null, Set.of()), Actor.of(p.smirnova()));
        people.markLeft(temp.id(), false, Actor.of(p.smirnova()));
        AccountSummary admin = as(p.smirnova());
        assertFalse(names(admin, PeopleFilter.ALL, 0, 50).contains("Временный Учитель"));
        assertEquals(List.of("Временный Учитель"),
                names(admin, new PeopleFilter(null, null, null, null, AccountStatus.LEFT), 0, 50));
        assertEquals("person.alreadyLeft", assertThrows(PartaException.class,
                () -> people.markLeft(temp.id(), false, Actor.of(p.smirnova()))).messageKey());
    }

    private AccountSummary as(long id) {
        return accounts.findPerson(id).orElseThrow();
    }

    private List<String> names(AccountSummary viewer, PeopleFilter filter, int offset, int limit) {
        return directory.findPeople(viewer, filter, offset, limit).stream().map(PersonRow::fullName).toList();
    }
}
