package ru.parta.people;

import jakarta.inject.Singleton;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Role;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.setup.SetupRequest;
import ru.parta.setup.SetupService;

/**
 * The shared fixture school of DESIGN.md, built through the real services: "Школа №1"
 * (Europe/Moscow); administrator Смирнова Ольга; director Орлов Виктор; class teacher of 5А
 * Иванова Мария Петровна; maths teacher Кузнецов Игорь (5А, 6Б); students Петров Артём and
 * Сидорова Анна (5А), Волков Денис (6Б); parent Петрова Елена (mother of Артём). Everyone is
 * active, with the login and password below.
 */
@Singleton
public class PersonaSchool {

    public static final String PASSWORD = "Parta-2026";

    private final SetupService setup;
    private final AccountService accounts;
    private final ClassService classes;
    private final PeopleService people;
    private Persona persona;

    PersonaSchool(SetupService setup, AccountService accounts, ClassService classes, PeopleService people) {
        this.setup = setup;
        this.accounts = accounts;
        this.classes = classes;
        this.people = people;
    }

    public record Persona(long smirnova, long orlov, long ivanova, long kuznetsov, long petrov, long sidorova,
                          long volkov, long petrova, long class5a, long class6b) {
    }

    @jakarta.inject.Inject
    ru.parta.access.Consents consents;

    @jakarta.inject.Inject
    ru.parta.base.event.ReactionLane lane;

    /** Builds the school once per application context. */
    public synchronized Persona create() {
        if (persona != null) {
            return persona;
        }
        String code = setup.issueSetupCode().orElseThrow();
        AccountSummary admin = setup.completeSetup(new SetupRequest(code, "Школа №1", "Europe/Moscow",
                "Смирнова Ольга", "smirnova", PASSWORD), "127.0.0.1");
        long a = admin.id();
        long orlov = person("Орлов Виктор", "orlov", Role.DIRECTOR);
        long ivanova = person("Иванова Мария Петровна", "ivanova", Role.TEACHER);
        long kuznetsov = person("Кузнецов Игорь", "kuznetsov", Role.TEACHER);
        SchoolClass c5a = classes.createClass(5, "А", ivanova, Actor.of(a));
        SchoolClass c6b = classes.createClass(6, "Б", null, Actor.of(a));
        classes.assignTeaching(c5a.id(), kuznetsov, "Математика", Actor.of(a));
        classes.assignTeaching(c6b.id(), kuznetsov, "Математика", Actor.of(a));
        long petrov = person("Петров Артём", "petrov", Role.STUDENT);
        long sidorova = person("Сидорова Анна", "sidorova", Role.STUDENT);
        long volkov = person("Волков Денис", "volkov", Role.STUDENT);
        people.transferStudent(petrov, c5a.id(), Actor.of(a));
        people.transferStudent(sidorova, c5a.id(), Actor.of(a));
        people.transferStudent(volkov, c6b.id(), Actor.of(a));
        long petrova = person("Петрова Елена", "petrova", Role.PARENT);
        people.linkChild(petrova, petrov, Actor.of(a));
        // As at her activation: she consented for Artyom (152-FZ).
        consents.recordConsent(petrova, Set.of(petrov), Consent.CURRENT_VERSION, java.time.Instant.now(), "127.0.0.1");
        persona = new Persona(a, orlov, ivanova, kuznetsov, petrov, sidorova, volkov, petrova, c5a.id(), c6b.id());
        lane.awaitIdle();  // the class chats follow the roster on the reaction lane
        return persona;
    }

    private long person(String name, String login, Role role) {
        return accounts.createAccount(name, login, PASSWORD, Set.of(role), Actor.SYSTEM, null).id();
    }
}
