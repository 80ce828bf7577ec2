package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/** The one write path for the school profile. */
@Singleton
public class SchoolService {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ADDRESS_LENGTH = 300;
    public static final LocalTime DEFAULT_QUIET_FROM = LocalTime.of(21, 0);
    public static final LocalTime DEFAULT_QUIET_UNTIL = LocalTime.of(7, 0);

    private final SchoolRepository schools;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    SchoolService(SchoolRepository schools, AuditLog auditLog, EventBus events, Clock clock,
                  Permissions permissions) {
        this.permissions = permissions;
        this.schools = schools;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a school's fields without writing anything: the same checks as creation. */
    public void checkSchool(String name, String timeZone) {
        cleanName(name);
        parseZone(timeZone);
    }

    /** Creates the school profile; there is exactly one, so a second call is a conflict. */
    @Transactional
    public School createSchool(String name, String timeZone, Actor actor) {
        permissions.requireAdmin(actor);
        String cleanName = cleanName(name);
        ZoneId zone = parseZone(timeZone);
        if (schools.existsById(School.THE_SCHOOL)) {
            throw PartaException.conflict("school.alreadyExists");
        }
        int year = AcademicYear.containing(LocalDate.ofInstant(clock.instant(), zone));
        School school = schools.save(new School(School.THE_SCHOOL, cleanName, null, zone.getId(), DEFAULT_QUIET_FROM,
                DEFAULT_QUIET_UNTIL, year, clock.instant()));
        auditLog.recordEvent("school.created", actor.auditId(), cleanName, null);
        events.publish(new SchoolCreated(school.name(), school.timeZone()));
        return school;
    }

    @Transactional
    public School updateProfile(SchoolProfile profile, Actor actor) {
        permissions.requireAdmin(actor);
        School current = requireSchool();
        String cleanName = cleanName(profile.name());
        String address = DisplayText.optionalName(profile.address());
        if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
            throw PartaException.invalid("school.address.tooLong", MAX_ADDRESS_LENGTH);
        }
        ZoneId zone = parseZone(profile.timeZone());
        if (profile.quietFrom() == null || profile.quietUntil() == null) {
            throw PartaException.invalid("school.quietHours.required");
        }
        if (profile.quietFrom().equals(profile.quietUntil())) {
            throw PartaException.invalid("school.quietHours.empty");
        }
        School changed = schools.update(new School(current.id(), cleanName, address == null || address.isEmpty()
                ? null : address, zone.getId(), profile.quietFrom(), profile.quietUntil(), current.academicYear(),
                current.createdAt()));
        auditLog.recordEvent("school.profileChanged", actor.auditId(), cleanName, null);
        events.publish(new SchoolChanged(changed));
        return changed;
    }

    /**
     * Moves the school to the next academic year, once: the caller names the year it saw, so a
     * second run (another tab, a double click) finds the year already moved and is refused.
     */
    @Transactional
    public School advanceAcademicYear(int expectedCurrentYear, Actor actor) {
        permissions.requireAdmin(actor);
        School current = requireSchool();
        if (current.academicYear() != expectedCurrentYear) {
            throw PartaException.conflict("rollover.alreadyDone", AcademicYear.label(current.academicYear()));
        }
        School changed = schools.update(new School(current.id(), current.name(), current.address(),
                current.timeZone(), current.quietFrom(), current.quietUntil(), current.academicYear() + 1,
                current.createdAt()));
        auditLog.recordEvent("school.yearAdvanced", actor.auditId(), changed.academicYearLabel(), null);
        events.publish(new SchoolChanged(changed));
        return changed;
    }

    public Optional<School> findSchool() {
        return schools.findById(School.THE_SCHOOL);
    }

    public School requireSchool() {
        return findSchool().orElseThrow(() -> PartaException.notFound("school.notFound"));
    }

    /** The school's timezone, or the server's before the school exists. */
    public ZoneId zone() {
        return findSchool().map(School::zoneId).orElse(ZoneId.systemDefault());
    }

    private static String cleanName(String name) {
        String cleanName = DisplayText.name(name);
        if (cleanName.isEmpty()) {
            throw PartaException.invalid("school.name.required");
        }
        if (cleanName.length() > MAX_NAME_LENGTH) {
            throw PartaException.invalid("school.name.tooLong", MAX_NAME_LENGTH);
        }
        return cleanName;
    }

    private static ZoneId parseZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw PartaException.invalid("school.timeZone.required");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw PartaException.invalid("school.timeZone.unknown", timeZone);
        }
    }
}
