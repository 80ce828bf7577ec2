package ru.parta.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.PersonName;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * What planning one file needs to remember: the school's classes, the people already looked up
 * by name, which lines came first (for duplicates), and the people the file itself creates.
 */
final class RosterContext {

    private final AccountService accounts;
    private final ClassService classes;
    private final PeopleService people;
    private final Map<String, List<AccountSummary>> byName = new HashMap<>();
    private final Map<String, Integer> firstLineByKey = new HashMap<>();
    private final Map<Long, Integer> firstLineByPerson = new HashMap<>();
    private final Map<String, PersonRef> createdByName = new HashMap<>();
    final List<Step> steps = new ArrayList<>();

    RosterContext(AccountService accounts, ClassService classes, PeopleService people) {
        this.accounts = accounts;
        this.classes = classes;
        this.people = people;
    }

    Optional<SchoolClass> classByLabel(String label) {
        return classes.findByLabel(label);
    }

    List<AccountSummary> peopleNamed(String name) {
        return byName.computeIfAbsent(PersonName.key(name), key -> accounts.findByName(name));
    }

    Optional<Long> classOf(long studentId) {
        return people.findClassIdOf(studentId);
    }

    /** The earlier line with the same key, if any; otherwise remembers this line as the first. */
    Optional<Integer> earlierLine(String key, int line) {
        Integer first = firstLineByKey.putIfAbsent(key, line);
        return Optional.ofNullable(first);
    }

    /** The earlier line that matched the same existing person, if any. */
    Optional<Integer> earlierLineFor(long personId, int line) {
        Integer first = firstLineByPerson.putIfAbsent(personId, line);
        return Optional.ofNullable(first);
    }

    Optional<PersonRef> createdEarlier(String name) {
        return Optional.ofNullable(createdByName.get(PersonName.key(name)));
    }

    PersonRef willCreate(String name) {
        PersonRef ref = new PersonRef(null);
        createdByName.put(PersonName.key(name), ref);
        return ref;
    }

    void then(Step step) {
        steps.add(step);
    }

    /** A person the import matched or will create; the id of a created one is known once its step ran. */
    static final class PersonRef {
        private Long id;

        PersonRef(Long id) {
            this.id = id;
        }

        long id() {
            return id;
        }

        void created(long newId) {
            this.id = newId;
        }
    }

    /** One write the import will make once every line is known to be fine. */
    @FunctionalInterface
    interface Step {
        void apply(Actor actor);
    }
}
