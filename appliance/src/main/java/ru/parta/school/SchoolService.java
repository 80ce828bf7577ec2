package ru.parta.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/** The one write path for the school profile. */
@Singleton
public class SchoolService {

    static final int MAX_NAME_LENGTH = 200;

    private final SchoolRepository schools;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    SchoolService(SchoolRepository schools, AuditLog auditLog, EventBus events, Clock clock) {
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
    public School createSchool(String name, String timeZone, @Nullable Long actorAccountId) {
        String cleanName = cleanName(name);
        ZoneId zone = parseZone(timeZone);
        if (schools.existsById(School.THE_SCHOOL)) {
            throw PartaException.conflict("school.alreadyExists");
        }
        School school = schools.save(new School(School.THE_SCHOOL, cleanName, zone.getId(), clock.instant()));
        auditLog.recordEvent("school.created", actorAccountId, cleanName, null);
        events.publish(new SchoolCreated(school.name(), school.timeZone()));
        return school;
    }

    public Optional<School> findSchool() {
        return schools.findById(School.THE_SCHOOL);
    }

    /** The school's timezone, or the server's before the school exists. */
    public ZoneId zone() {
        return findSchool().map(School::zoneId).orElse(ZoneId.systemDefault());
    }

    private static String cleanName(String name) {
        String cleanName = name == null ? "" : name.strip();
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
