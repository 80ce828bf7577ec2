package ru.parta.people;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.PersonName;
import ru.parta.access.Role;
import ru.parta.base.i18n.Phrase;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * Plans a staff file line: roles, the classes and subjects taught (each subject in each listed
 * class) and the class led. A staff member is the same person as the one non-student of that name.
 * Roles and teaching are only ever added by an import, never taken away.
 */
@Singleton
class StaffRows {

    private final AccountService accounts;
    private final ActivationService activation;
    private final ClassService classes;

    StaffRows(AccountService accounts, ActivationService activation, ClassService classes) {
        this.accounts = accounts;
        this.activation = activation;
        this.classes = classes;
    }

    PlannedLine plan(RosterFile.Line line, RosterContext context) {
        List<Phrase> problems = new ArrayList<>();
        String name = RosterChecks.name(line.name(), problems);
        Set<Role> roles = roles(line.get(RosterColumn.ROLES), problems);
        List<SchoolClass> taught = new ArrayList<>();
        for (String label : RosterChecks.list(line.get(RosterColumn.CLASSES))) {
            Optional.ofNullable(RosterChecks.schoolClass(label, context, problems)).ifPresent(taught::add);
        }
        List<String> subjects = RosterChecks.list(line.get(RosterColumn.SUBJECTS));
        if (!taught.isEmpty() && subjects.isEmpty()) {
            problems.add(Phrase.of("roster.problem.subjectsRequired"));
        }
        if (taught.isEmpty() && !subjects.isEmpty() && line.get(RosterColumn.CLASSES).isEmpty()) {
            problems.add(Phrase.of("roster.problem.classesRequired"));
        }
        String ledLabel = line.get(RosterColumn.CLASS_TEACHER_OF);
        SchoolClass led = ledLabel.isEmpty() ? null : RosterChecks.schoolClass(ledLabel, context, problems);
        if (!problems.isEmpty()) {
            return RosterChecks.problem(line, problems);
        }
        if (!taught.isEmpty() || led != null) {
            roles.add(Role.TEACHER);
        }
        Optional<Integer> earlier = context.earlierLine(PersonName.key(name), line.number());
        if (earlier.isPresent()) {
            return RosterChecks.problem(line, List.of(Phrase.of("roster.problem.duplicate", earlier.get())));
        }
        List<AccountSummary> namesakes = context.peopleNamed(name).stream().filter(p -> !p.hasRole(Role.STUDENT))
                .toList();
        List<AccountSummary> staff = namesakes.stream().filter(AccountSummary::isStaff).toList();
        AccountSummary known = staff.size() == 1 ? staff.getFirst()
                : staff.isEmpty() && namesakes.size() == 1 ? namesakes.getFirst() : null;
        if (known == null && !namesakes.isEmpty()) {
            return RosterChecks.problem(line, List.of(Phrase.of("roster.problem.ambiguous", name)));
        }
        List<Phrase> changes = new ArrayList<>();
        Set<Role> newRoles = EnumSet.copyOf(roles);
        if (known != null) {
            newRoles.removeAll(known.roles());
        }
        newRoles.forEach(role -> changes.add(Phrase.of("roster.change.role", role)));
        List<Runnable> teachingSteps = new ArrayList<>();
        for (SchoolClass schoolClass : taught) {
            for (String subject : subjects) {
                boolean has = known != null && classes.findTeaching(schoolClass.id()).stream()
                        .anyMatch(t -> t.teacherId() == known.id() && t.subject().equalsIgnoreCase(subject));
                if (!has) {
                    changes.add(Phrase.of("roster.change.teaching", schoolClass.label(), subject));
                }
            }
        }
        boolean leads = led != null && (known == null || led.classTeacherId() == null
                || led.classTeacherId() != known.id());
        if (leads) {
            changes.add(Phrase.of("roster.change.classTeacher", led.label()));
        }
        if (known != null && changes.isEmpty()) {
            return new PlannedLine(line.number(), known.fullName(), PlannedLine.Action.UNCHANGED, List.of(), List.of());
        }
        context.then(actor -> {
            long id = known == null ? accounts.createPendingAccount(name, roles, actor).id()
                    : accounts.addRoles(known.id(), roles, actor).id();
            if (known == null) {
                activation.issueCode(id, actor);
            }
            for (SchoolClass schoolClass : taught) {
                for (String subject : subjects) {
                    classes.assignTeaching(schoolClass.id(), id, subject, actor);
                }
            }
            if (leads) {
                classes.assignClassTeacher(led.id(), id, actor);
            }
        });
        return new PlannedLine(line.number(), known == null ? name : known.fullName(),
                known == null ? PlannedLine.Action.NEW : PlannedLine.Action.UPDATE, changes, List.of());
    }

    /** "учитель, классный руководитель", "Директор", "администратор; учитель". */
    private static Set<Role> roles(String text, List<Phrase> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> items = RosterChecks.list(text);
        if (items.isEmpty()) {
            problems.add(Phrase.of("roster.problem.rolesRequired"));
        }
        for (String item : items) {
            String key = PersonName.key(item).toLowerCase(Locale.ROOT);
            switch (key) {
                case "учитель", "педагог", "преподаватель", "учитель-предметник", "классный руководитель",
                     "teacher", "class teacher" -> roles.add(Role.TEACHER);
                case "директор", "руководитель", "заместитель директора", "завуч", "director" ->
                        roles.add(Role.DIRECTOR);
                case "администратор", "администратор платформы", "admin", "administrator" -> roles.add(Role.ADMIN);
                default -> problems.add(Phrase.of("roster.problem.roleUnknown", item));
            }
        }
        return roles;
    }
}
