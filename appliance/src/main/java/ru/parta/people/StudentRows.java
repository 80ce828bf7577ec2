package ru.parta.people;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.PersonName;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.i18n.Phrase;
import ru.parta.school.SchoolClass;

/**
 * Plans a students file line. A student is the same person as one already known when the name
 * and birth date agree; without a birth date, when the name agrees within the class, or when the
 * school has exactly one student of that name (then a different class means a transfer).
 */
@Singleton
class StudentRows {

    private final AccountService accounts;
    private final ActivationService activation;
    private final PeopleService people;

    StudentRows(AccountService accounts, ActivationService activation, PeopleService people) {
        this.accounts = accounts;
        this.activation = activation;
        this.people = people;
    }

    PlannedLine plan(RosterFile.Line line, RosterContext context) {
        List<Phrase> problems = new ArrayList<>();
        String name = RosterChecks.name(line.name(), problems);
        SchoolClass schoolClass = RosterChecks.schoolClass(line.get(RosterColumn.CLASS), context, problems);
        LocalDate birthDate = RosterChecks.birthDate(line.get(RosterColumn.BIRTH_DATE), people.today(), problems);
        if (!problems.isEmpty()) {
            return RosterChecks.problem(line, problems);
        }
        String key = PersonName.key(name) + "|" + (birthDate != null ? birthDate : "class " + schoolClass.id());
        Optional<Integer> earlier = context.earlierLine(key, line.number());
        if (earlier.isPresent()) {
            return RosterChecks.problem(line, List.of(Phrase.of("roster.problem.duplicate", earlier.get())));
        }
        Optional<AccountSummary> match;
        try {
            match = match(name, birthDate, schoolClass, context);
        } catch (PartaException ambiguous) {
            return RosterChecks.problem(line, List.of(Phrase.of(ambiguous.messageKey(), ambiguous.arguments())));
        }
        if (match.isEmpty()) {
            context.then(actor -> {
                AccountSummary student = accounts.createPendingAccount(name, Set.of(Role.STUDENT), actor);
                people.enrol(student.id(), schoolClass.id());
                people.mergeDetail(student.id(), birthDate, null, null);
                activation.issueCode(student.id(), actor);
            });
            return new PlannedLine(line.number(), name, PlannedLine.Action.NEW,
                    List.of(Phrase.of("roster.change.class", schoolClass.label())), List.of());
        }
        AccountSummary student = match.get();
        Optional<Integer> sameAs = context.earlierLineFor(student.id(), line.number());
        if (sameAs.isPresent()) {
            return RosterChecks.problem(line, List.of(Phrase.of("roster.problem.duplicate", sameAs.get())));
        }
        List<Phrase> changes = new ArrayList<>();
        Optional<Long> currentClass = context.classOf(student.id());
        if (currentClass.isEmpty() || currentClass.get() != schoolClass.id()) {
            changes.add(Phrase.of("roster.change.transfer", schoolClass.label()));
            context.then(actor -> people.enrol(student.id(), schoolClass.id()));
        }
        if (birthDate != null && people.birthDateOf(student.id()).isEmpty()) {
            changes.add(Phrase.of("roster.change.birthDate"));
            context.then(actor -> people.mergeDetail(student.id(), birthDate, null, null));
        }
        return new PlannedLine(line.number(), student.fullName(),
                changes.isEmpty() ? PlannedLine.Action.UNCHANGED : PlannedLine.Action.UPDATE, changes, List.of());
    }

    private Optional<AccountSummary> match(String name, LocalDate birthDate, SchoolClass schoolClass,
                                           RosterContext context) {
        List<AccountSummary> students = context.peopleNamed(name).stream().filter(p -> p.hasRole(Role.STUDENT))
                .toList();
        if (birthDate != null) {
            List<AccountSummary> sameDate = students.stream()
                    .filter(s -> people.birthDateOf(s.id()).map(birthDate::equals).orElse(false)).toList();
            if (sameDate.size() > 1) {
                throw PartaException.invalid("roster.problem.ambiguous", name);
            }
            if (sameDate.size() == 1) {
                return Optional.of(sameDate.getFirst());
            }
            // A namesake with another recorded birth date is someone else; one without a date may be this child.
            students = students.stream().filter(s -> people.birthDateOf(s.id()).isEmpty()).toList();
        }
        List<AccountSummary> inClass = students.stream()
                .filter(s -> context.classOf(s.id()).map(c -> c == schoolClass.id()).orElse(false)).toList();
        if (inClass.size() > 1 || (inClass.isEmpty() && students.size() > 1)) {
            throw PartaException.invalid("roster.problem.ambiguousStudent", name);
        }
        if (inClass.size() == 1) {
            return Optional.of(inClass.getFirst());
        }
        return students.stream().findFirst();
    }
}
