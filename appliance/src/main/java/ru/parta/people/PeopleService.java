package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.ActivationService;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;

/** The one write path for people's places in the school: classes, children, details, leaving. */
@Singleton
public class PeopleService {

    private final EnrolmentRepository enrolments;
    private final Permissions permissions;
    private final GuardianshipRepository guardianships;
    private final PersonDetailRepository details;
    private final AccountService accounts;
    private final ActivationService activation;
    private final ClassService classes;
    private final SchoolService schools;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    PeopleService(EnrolmentRepository enrolments, GuardianshipRepository guardianships, PersonDetailRepository details,
                  AccountService accounts, ActivationService activation, ClassService classes, SchoolService schools,
                  AuditLog auditLog, EventBus events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.enrolments = enrolments;
        this.guardianships = guardianships;
        this.details = details;
        this.accounts = accounts;
        this.activation = activation;
        this.classes = classes;
        this.schools = schools;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Adds one person by hand; they start not activated, with an activation code. */
    @Transactional
    public AccountSummary addPerson(NewPerson person, Actor actor) {
        permissions.requireAdmin(actor);
        if (person.roles().contains(Role.STUDENT)) {
            if (person.classId() == null) {
                throw PartaException.invalid("person.class.required");
            }
            classes.requireCurrentClass(person.classId());
        }
        if (person.roles().contains(Role.PARENT) && person.childIds().isEmpty()) {
            throw PartaException.invalid("person.children.required");
        }
        String phone = Contacts.cleanPhone(person.phone());
        String email = Contacts.cleanEmail(person.email());
        Contacts.checkBirthDate(person.birthDate(), today());
        AccountSummary created = accounts.createPendingAccount(person.fullName(), person.roles(), actor);
        if (person.roles().contains(Role.STUDENT)) {
            enrolments.save(new Enrolment(created.id(), person.classId()));
        }
        for (Long childId : person.childIds()) {
            requireStudent(childId);
            guardianships.save(new Guardianship(null, created.id(), childId));
        }
        saveDetail(created.id(), person.birthDate(), phone, email);
        activation.issueCode(created.id(), actor);
        events.publish(new PeopleChanged());
        return created;
    }

    @Transactional
    public void transferStudent(long studentId, long classId, Actor actor) {
        permissions.requireAdmin(actor);
        requireStudent(studentId);
        SchoolClass target = classes.requireCurrentClass(classId);
        Optional<Enrolment> current = enrolments.findById(studentId);
        if (current.isPresent() && current.get().classId() == classId) {
            return;
        }
        if (current.isPresent()) {
            enrolments.update(new Enrolment(studentId, classId));
        } else {
            enrolments.save(new Enrolment(studentId, classId));
        }
        auditLog.recordEvent("student.transferred", actor.auditId(), studentId + " " + target.label(), null);
        events.publish(new PeopleChanged());
    }

    /** Links a parent to a child; the parent gains the parent role if they did not hold it. */
    @Transactional
    public void linkChild(long parentId, long childId, Actor actor) {
        permissions.requireAdmin(actor);
        requireStudent(childId);
        accounts.findPerson(parentId).orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (parentId == childId) {
            throw PartaException.invalid("person.child.self");
        }
        if (guardianships.existsByParentIdAndChildId(parentId, childId)) {
            return;
        }
        accounts.addRoles(parentId, Set.of(Role.PARENT), actor);
        guardianships.save(new Guardianship(null, parentId, childId));
        auditLog.recordEvent("parent.linked", actor.auditId(), parentId + " " + childId, null);
        events.publish(new PeopleChanged());
    }

    /**
     * Undoes a link made by mistake: the parent no longer sees the child, and leaves the class's
     * parent chat at once (the chats follow PeopleChanged). The consent records stay as history.
     */
    @Transactional
    public void unlinkChild(long parentId, long childId, Actor actor) {
        permissions.requireAdmin(actor);
        Guardianship link = guardianships.findByParentIdAndChildId(parentId, childId)
                .orElseThrow(() -> PartaException.notFound("person.child.notLinked"));
        guardianships.delete(link);
        auditLog.recordEvent("parent.unlinked", actor.auditId(), parentId + " " + childId, null);
        events.publish(new PeopleChanged());
    }

    @Transactional
    public PersonDetail updateDetails(long accountId, @Nullable LocalDate birthDate, @Nullable String phone,
                                      @Nullable String email, Actor actor) {
        permissions.requireAdmin(actor);
        accounts.findPerson(accountId).orElseThrow(() -> PartaException.notFound("person.notFound"));
        Contacts.checkBirthDate(birthDate, today());
        PersonDetail saved = saveDetail(accountId, birthDate, Contacts.cleanPhone(phone), Contacts.cleanEmail(email));
        auditLog.recordEvent("person.detailsChanged", actor.auditId(), String.valueOf(accountId), null);
        return saved;
    }

    /**
     * A person leaves the school, or a student graduates: they can no longer sign in, their history
     * stays. A departing teacher stops leading and teaching their classes.
     */
    @Transactional
    public void markLeft(long accountId, boolean graduated, Actor actor) {
        permissions.requireAdmin(actor);
        AccountSummary person = accounts.markLeft(accountId, graduated ? "graduated" : "left", actor);
        if (person.hasRole(Role.TEACHER)) {
            classes.releaseTeacher(accountId, actor);
        }
        events.publish(new PeopleChanged());
    }

    public Optional<Long> findClassIdOf(long studentId) {
        return enrolments.findById(studentId).map(Enrolment::classId);
    }

    public List<Long> findStudentIds(long classId) {
        return enrolments.findStudentIdByClassId(classId);
    }

    public List<Long> findChildIds(long parentId) {
        return guardianships.findChildIdByParentId(parentId);
    }

    public List<Long> findParentIds(long childId) {
        return guardianships.findParentIdByChildId(childId);
    }

    /** Phone, e-mail and birth date: administrators only, checked here rather than by hiding a field. */
    public Optional<PersonDetail> findDetail(long accountId, AccountSummary viewer) {
        if (!viewer.hasRole(Role.ADMIN)) {
            throw PartaException.forbidden("person.details.forbidden");
        }
        return details.findById(accountId);
    }

    // Placement for flows that check rights themselves (invitation links approved by a class teacher).

    /** Puts a student who joined through a link into their class. */
    @Transactional
    @InternalStep("invitation Placement, authorized by the link its creator made")
    public void placeStudent(long studentId, long classId) {
        classes.requireCurrentClass(classId);
        enrol(studentId, classId);
        events.publish(new PeopleChanged());
    }

    /** Links a parent who joined through a link to their child. */
    @Transactional
    @InternalStep("invitation Placement, authorized by the link its creator made")
    public void placeParent(long parentId, long childId) {
        requireStudent(childId);
        link(parentId, childId);
        events.publish(new PeopleChanged());
    }

    /** The one current student of this name in the class, if exactly one. */
    public Optional<Long> findStudentInClass(String childName, long classId) {
        List<Long> found = accounts.findByName(childName == null ? "" : childName).stream()
                .filter(p -> p.hasRole(Role.STUDENT))
                .map(AccountSummary::id)
                .filter(id -> findClassIdOf(id).map(c -> c == classId).orElse(false)).toList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    // Package-private steps for the roster import, which audits and publishes once for the file.

    PersonDetail detailOf(long accountId) {
        return details.findById(accountId).orElse(new PersonDetail(accountId, null, null, null));
    }

    Optional<LocalDate> birthDateOf(long accountId) {
        return details.findById(accountId).map(PersonDetail::birthDate);
    }

    void enrol(long studentId, long classId) {
        if (enrolments.existsById(studentId)) {
            enrolments.update(new Enrolment(studentId, classId));
        } else {
            enrolments.save(new Enrolment(studentId, classId));
        }
    }

    void link(long parentId, long childId) {
        if (!guardianships.existsByParentIdAndChildId(parentId, childId)) {
            guardianships.save(new Guardianship(null, parentId, childId));
        }
    }

    boolean isLinked(long parentId, long childId) {
        return guardianships.existsByParentIdAndChildId(parentId, childId);
    }

    /** Keeps what is known: a blank value in an update never erases an earlier one. */
    PersonDetail mergeDetail(long accountId, @Nullable LocalDate birthDate, @Nullable String phone,
                             @Nullable String email) {
        Optional<PersonDetail> current = details.findById(accountId);
        return saveDetail(accountId,
                birthDate != null ? birthDate : current.map(PersonDetail::birthDate).orElse(null),
                phone != null ? phone : current.map(PersonDetail::phone).orElse(null),
                email != null ? email : current.map(PersonDetail::email).orElse(null));
    }

    /** The people part of an erasure; returns the message keys of the categories destroyed. */
    List<String> erasePlacement(long accountId) {
        List<String> categories = new java.util.ArrayList<>();
        if (details.existsById(accountId)) {
            details.deleteById(accountId);
            categories.add("erasure.category.contacts");
        }
        if (enrolments.existsById(accountId)) {
            enrolments.deleteById(accountId);
            categories.add("erasure.category.class");
        }
        if (guardianships.deleteByParentIdOrChildId(accountId, accountId) > 0) {
            categories.add("erasure.category.family");
        }
        return categories;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), schools.zone());
    }

    private PersonDetail saveDetail(long accountId, @Nullable LocalDate birthDate, @Nullable String phone,
                                    @Nullable String email) {
        PersonDetail detail = new PersonDetail(accountId, birthDate, phone, email);
        return details.existsById(accountId) ? details.update(detail) : details.save(detail);
    }

    private void requireStudent(long accountId) {
        AccountSummary student = accounts.findPerson(accountId)
                .orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (!student.hasRole(Role.STUDENT) || student.status() == AccountStatus.LEFT) {
            throw PartaException.invalid("person.notStudent", student.fullName());
        }
    }
}
