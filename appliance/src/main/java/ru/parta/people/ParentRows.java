package ru.parta.people;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.PersonName;
import ru.parta.access.Role;
import ru.parta.base.i18n.Phrase;
import ru.parta.school.SchoolClass;

/**
 * Plans a parents file line: one line per parent and child, so a parent of two children has two
 * lines. The child must already be a student of the named class. The parent is the same person
 * as one already linked to that child by name; else the one non-student of that name (a teacher
 * who is also a parent); else, within the file, the same name means the same parent.
 */
@Singleton
class ParentRows {

    private final AccountService accounts;
    private final ActivationService activation;
    private final PeopleService people;

    ParentRows(AccountService accounts, ActivationService activation, PeopleService people) {
        this.accounts = accounts;
        this.activation = activation;
        this.people = people;
    }

    PlannedLine plan(RosterFile.Line line, RosterContext context) {
        List<Phrase> problems = new ArrayList<>();
        String name = RosterChecks.name(line.name(), problems);
        String childName = line.get(RosterColumn.CHILD);
        if (childName.isEmpty()) {
            problems.add(Phrase.of("roster.problem.childRequired"));
        }
        SchoolClass schoolClass = RosterChecks.schoolClass(line.get(RosterColumn.CLASS), context, problems);
        String phone = RosterChecks.phone(line.get(RosterColumn.PHONE), problems);
        String email = RosterChecks.email(line.get(RosterColumn.EMAIL), problems);
        AccountSummary child = null;
        if (!childName.isEmpty() && schoolClass != null) {
            List<AccountSummary> children = context.peopleNamed(childName).stream()
                    .filter(p -> p.hasRole(Role.STUDENT))
                    .filter(p -> context.classOf(p.id()).map(c -> c == schoolClass.id()).orElse(false)).toList();
            if (children.isEmpty()) {
                problems.add(Phrase.of("roster.problem.childNotFound", childName, schoolClass.label()));
            } else if (children.size() > 1) {
                problems.add(Phrase.of("roster.problem.childAmbiguous", childName, schoolClass.label()));
            } else {
                child = children.getFirst();
            }
        }
        if (!problems.isEmpty()) {
            return RosterChecks.problem(line, problems);
        }
        long childId = child.id();
        Optional<Integer> earlier = context.earlierLine(PersonName.key(name) + "|" + childId, line.number());
        if (earlier.isPresent()) {
            return RosterChecks.problem(line, List.of(Phrase.of("roster.problem.duplicate", earlier.get())));
        }
        List<Phrase> changes = new ArrayList<>();
        changes.add(Phrase.of("roster.change.child", child.fullName(), schoolClass.label()));
        Optional<RosterContext.PersonRef> created = context.createdEarlier(name);
        if (created.isPresent()) {
            RosterContext.PersonRef parent = created.get();
            context.then(actor -> {
                people.link(parent.id(), childId);
                people.mergeDetail(parent.id(), null, phone, email);
            });
            return new PlannedLine(line.number(), name, PlannedLine.Action.UPDATE, changes, List.of());
        }
        List<AccountSummary> namesakes = context.peopleNamed(name).stream().filter(p -> !p.hasRole(Role.STUDENT))
                .toList();
        List<AccountSummary> linked = namesakes.stream().filter(p -> people.isLinked(p.id(), childId)).toList();
        AccountSummary known = linked.size() == 1 ? linked.getFirst()
                : namesakes.size() == 1 ? namesakes.getFirst() : null;
        if (known == null && namesakes.size() > 1) {
            return RosterChecks.problem(line, List.of(Phrase.of("roster.problem.ambiguous", name)));
        }
        if (known == null) {
            RosterContext.PersonRef parent = context.willCreate(name);
            context.then(actor -> {
                AccountSummary created1 = accounts.createPendingAccount(name, Set.of(Role.PARENT), actor);
                parent.created(created1.id());
                people.link(created1.id(), childId);
                people.mergeDetail(created1.id(), null, phone, email);
                activation.issueCode(created1.id(), actor);
            });
            return new PlannedLine(line.number(), name, PlannedLine.Action.NEW, changes, List.of());
        }
        AccountSummary parent = known;
        List<Phrase> updates = new ArrayList<>();
        if (!parent.hasRole(Role.PARENT)) {
            updates.add(Phrase.of("roster.change.role", Role.PARENT));
        }
        if (!people.isLinked(parent.id(), childId)) {
            updates.add(changes.getFirst());
        }
        PersonDetail current = people.detailOf(parent.id());
        if ((phone != null && !phone.equals(current.phone())) || (email != null && !email.equals(current.email()))) {
            updates.add(Phrase.of("roster.change.contacts"));
        }
        if (updates.isEmpty()) {
            return new PlannedLine(line.number(), parent.fullName(), PlannedLine.Action.UNCHANGED, changes, List.of());
        }
        context.then(actor -> {
            accounts.addRoles(parent.id(), Set.of(Role.PARENT), actor);
            people.link(parent.id(), childId);
            people.mergeDetail(parent.id(), null, phone, email);
        });
        return new PlannedLine(line.number(), parent.fullName(), PlannedLine.Action.UPDATE, updates, List.of());
    }
}
