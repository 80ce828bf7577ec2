package ru.parta.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.school.ClassLabel;
import ru.parta.school.ClassService;
import ru.parta.school.School;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolService;

/**
 * The academic-year rollover: every class moves up a grade, 11th grades graduate (their students'
 * accounts close, their history stays), and the school's year advances, all in one transaction.
 * The year the administrator previewed must still be current, so a second run is refused.
 */
@Singleton
public class RolloverService {

    private final SchoolService schools;
    private final ClassService classes;
    private final PeopleService people;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final EventBus events;

    RolloverService(SchoolService schools, ClassService classes, PeopleService people, AccountService accounts,
                    AuditLog auditLog, EventBus events) {
        this.schools = schools;
        this.classes = classes;
        this.people = people;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public RolloverPlan previewRollover() {
        School school = schools.requireSchool();
        List<RolloverPlan.ClassMove> moves = new ArrayList<>();
        for (SchoolClass schoolClass : classes.findClasses()) {
            String next = schoolClass.grade() == ClassLabel.MAX_GRADE ? null
                    : ClassLabel.of(schoolClass.grade() + 1, schoolClass.letter());
            moves.add(new RolloverPlan.ClassMove(schoolClass.id(), schoolClass.label(), next,
                    currentStudents(schoolClass.id()).size()));
        }
        return new RolloverPlan(school.academicYear(), moves);
    }

    @Transactional
    public School rollOverYear(int expectedCurrentYear, Actor actor) {
        School school = schools.advanceAcademicYear(expectedCurrentYear, actor);
        List<SchoolClass> graduated = classes.promoteClasses(school.academicYear(), actor);
        int graduates = 0;
        for (SchoolClass schoolClass : graduated) {
            for (AccountSummary student : currentStudents(schoolClass.id())) {
                accounts.markLeft(student.id(), "graduated", actor);
                graduates++;
            }
        }
        auditLog.recordEvent("school.rolledOver", actor.auditId(),
                school.academicYearLabel() + " graduates=" + graduates, null);
        events.publish(new PeopleChanged());
        return school;
    }

    private List<AccountSummary> currentStudents(long classId) {
        return accounts.findPeople(people.findStudentIds(classId)).values().stream()
                .filter(s -> s.status() != AccountStatus.LEFT).toList();
    }
}
