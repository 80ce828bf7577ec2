package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/** The one write path for classes, their class teachers and subject teachers. */
@Singleton
public class ClassService {

    static final int SUBJECT_MAX = 100;

    private final SchoolClassRepository classes;
    private final Permissions permissions;
    private final TeachingRepository teachings;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final io.micronaut.context.BeanProvider<ClassDependents> dependents;

    ClassService(SchoolClassRepository classes, TeachingRepository teachings, AccountService accounts,
                 AuditLog auditLog, EventBus events, Clock clock, Permissions permissions,
                 io.micronaut.context.BeanProvider<ClassDependents> dependents) {
        this.dependents = dependents;
        this.permissions = permissions;
        this.classes = classes;
        this.teachings = teachings;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SchoolClass createClass(int grade, String letter, @Nullable Long classTeacherId, Actor actor) {
        permissions.requireAdmin(actor);
        if (grade < ClassLabel.MIN_GRADE || grade > ClassLabel.MAX_GRADE) {
            throw PartaException.invalid("class.grade.range", ClassLabel.MIN_GRADE, ClassLabel.MAX_GRADE);
        }
        String cleanLetter = ClassLabel.normalizeLetter(letter)
                .orElseThrow(() -> PartaException.invalid("class.letter.invalid"));
        String label = ClassLabel.of(grade, cleanLetter);
        if (classes.findByActiveLabel(label).isPresent()) {
            throw PartaException.conflict("class.exists", label);
        }
        if (classTeacherId != null) {
            requireTeacher(classTeacherId);
        }
        SchoolClass created = classes.save(new SchoolClass(null, grade, cleanLetter, label, classTeacherId, null,
                clock.instant()));
        auditLog.recordEvent("class.created", actor.auditId(), label, null);
        events.publish(new ClassChanged(created.id()));
        return created;
    }

    /**
     * Deletes a class made by mistake: only while nobody was ever placed in it, invited to it or
     * wrote in its chats, and it has no materials (each feature says so through
     * {@link ClassDependents}); its empty chats and its subject teachers go with it.
     */
    @Transactional
    public void deleteClass(long classId, Actor actor) {
        permissions.requireAdmin(actor);
        SchoolClass doomed = classes.findById(classId).orElseThrow(() -> PartaException.notFound("class.notFound"));
        for (ClassDependents dependent : dependents) {
            String kept = dependent.keeps(classId);
            if (kept != null) {
                throw PartaException.conflict(kept, doomed.label());
            }
        }
        dependents.forEach(dependent -> dependent.releaseClass(classId));
        teachings.deleteByClassId(classId);
        classes.deleteById(classId);
        auditLog.recordEvent("class.deleted", actor.auditId(), classId + " " + doomed.label(), null);
        events.publish(new ClassChanged(classId));
    }

    /** Names the class teacher of a class, or removes them with {@code null}. */
    @Transactional
    public SchoolClass assignClassTeacher(long classId, @Nullable Long teacherId, Actor actor) {
        permissions.requireAdmin(actor);
        SchoolClass schoolClass = requireCurrentClass(classId);
        if (teacherId != null) {
            requireTeacher(teacherId);
        }
        SchoolClass changed = classes.update(schoolClass.withClassTeacher(teacherId));
        auditLog.recordEvent("class.classTeacherAssigned", actor.auditId(), changed.label() + " " + teacherId, null);
        events.publish(new ClassChanged(classId));
        return changed;
    }

    /** A subject teacher now teaches {@code subject} in the class; assigning it twice changes nothing. */
    @Transactional
    public Teaching assignTeaching(long classId, long teacherId, String subject, Actor actor) {
        permissions.requireAdmin(actor);
        SchoolClass schoolClass = requireCurrentClass(classId);
        requireTeacher(teacherId);
        String cleanSubject = cleanSubject(subject);
        if (teachings.existsByClassIdAndTeacherIdAndSubject(classId, teacherId, cleanSubject)) {
            return teachings.findByClassIdOrderBySubjectAsc(classId).stream()
                    .filter(t -> t.teacherId() == teacherId && t.subject().equals(cleanSubject)).findFirst()
                    .orElseThrow();
        }
        Teaching teaching = teachings.save(new Teaching(null, classId, teacherId, cleanSubject));
        auditLog.recordEvent("class.teachingAssigned", actor.auditId(),
                schoolClass.label() + " " + teacherId + " " + cleanSubject, null);
        events.publish(new ClassChanged(classId));
        return teaching;
    }

    @Transactional
    public void removeTeaching(long teachingId, Actor actor) {
        permissions.requireAdmin(actor);
        Teaching teaching = teachings.findById(teachingId)
                .orElseThrow(() -> PartaException.notFound("class.teaching.notFound"));
        teachings.delete(teaching);
        auditLog.recordEvent("class.teachingRemoved", actor.auditId(),
                teaching.classId() + " " + teaching.teacherId() + " " + teaching.subject(), null);
        events.publish(new ClassChanged(teaching.classId()));
    }

    /** A departing teacher stops leading and teaching classes; the classes stay. */
    @Transactional
    public void releaseTeacher(long teacherId, Actor actor) {
        permissions.requireAdmin(actor);
        for (SchoolClass led : classes.findByClassTeacherId(teacherId)) {
            classes.update(led.withClassTeacher(null));
            events.publish(new ClassChanged(led.id()));
        }
        teachings.deleteByTeacherId(teacherId);
        auditLog.recordEvent("class.teacherReleased", actor.auditId(), String.valueOf(teacherId), null);
    }

    /**
     * The class part of the academic-year rollover: 11th grades graduate, every other class moves
     * up one grade. Runs in the caller's transaction; the highest grades move first so that no
     * label is ever held twice.
     */
    @Transactional
    public List<SchoolClass> promoteClasses(int graduationYear, Actor actor) {
        permissions.requireAdmin(actor);
        List<SchoolClass> current = classes.findByGraduatedYearIsNull().stream()
                .sorted(Comparator.comparingInt(SchoolClass::grade).reversed()).toList();
        List<SchoolClass> graduated = new java.util.ArrayList<>();
        for (SchoolClass schoolClass : current) {
            if (schoolClass.grade() == ClassLabel.MAX_GRADE) {
                graduated.add(classes.update(schoolClass.graduated(graduationYear)));
            } else {
                classes.update(schoolClass.promoted());
            }
            events.publish(new ClassChanged(schoolClass.id()));
        }
        auditLog.recordEvent("class.promoted", actor.auditId(), current.size() + " classes", null);
        return graduated;
    }

    /** Current classes, "1А" to "11Б". */
    public List<SchoolClass> findClasses() {
        return classes.findByGraduatedYearIsNull().stream()
                .sorted(Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::letter)).toList();
    }

    public Optional<SchoolClass> findClass(long classId) {
        return classes.findById(classId);
    }

    /** A current class by its label as people write it ("5 а", "5A"). */
    public Optional<SchoolClass> findByLabel(String label) {
        return ClassLabel.parse(label).flatMap(parsed -> classes.findByActiveLabel(parsed.label()));
    }

    public List<Teaching> findTeaching(long classId) {
        return teachings.findByClassIdOrderBySubjectAsc(classId);
    }

    public List<Teaching> findTeachingBy(long teacherId) {
        return teachings.findByTeacherId(teacherId);
    }

    public List<SchoolClass> findClassesLedBy(long teacherId) {
        return classes.findByClassTeacherId(teacherId).stream().filter(SchoolClass::isCurrent).toList();
    }

    /** Whether this teacher leads or teaches in the class: they may see and print for it. */
    public boolean isTeacherOf(long classId, long teacherId) {
        return findClass(classId).map(c -> c.classTeacherId() != null && c.classTeacherId() == teacherId)
                .orElse(false)
                || teachings.findByTeacherId(teacherId).stream().anyMatch(t -> t.classId() == classId);
    }

    public SchoolClass requireCurrentClass(long classId) {
        return classes.findById(classId).filter(SchoolClass::isCurrent)
                .orElseThrow(() -> PartaException.notFound("class.notFound"));
    }

    private void requireTeacher(long accountId) {
        AccountSummary person = accounts.findPerson(accountId)
                .orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (!person.hasRole(Role.TEACHER) || person.status() == AccountStatus.LEFT) {
            throw PartaException.invalid("class.teacher.notTeacher", person.fullName());
        }
    }

    private static String cleanSubject(String subject) {
        String clean = DisplayText.name(subject);
        if (clean.isEmpty()) {
            throw PartaException.invalid("class.subject.required");
        }
        if (clean.length() > SUBJECT_MAX) {
            throw PartaException.invalid("class.subject.tooLong", SUBJECT_MAX);
        }
        // "математика" and "Математика" are one subject in a school's files.
        return clean.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + clean.substring(1);
    }
}
