package ru.parta.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.parta.access.AccountErasure;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.ErasedAccount;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.access.SecurityLog;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditEvent;
import ru.parta.base.audit.AuditFilter;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.audit.AuditSearch;
import ru.parta.base.event.EventBus;
import ru.parta.base.i18n.Messages;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolService;

/**
 * Erasure under 152-FZ: a person (for a minor, a linked parent) asks; an administrator carries
 * it out in one transaction across every feature holding the person's data, and an erasure
 * record (the act) keeps what was destroyed, when, by whom, and the security-log extract.
 */
@Singleton
public class ErasureService {

    static final int EXTRACT_MAX = 10_000;

    private final ErasureRequestRepository requests;
    private final ErasureRecordRepository records;
    private final AccountService accounts;
    private final AccountErasure accountErasure;
    private final PeopleService people;
    private final ClassService classes;
    private final GroupService groups;
    private final SchoolService schools;
    private final AuditSearch auditSearch;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Messages messages = Messages.core();
    private final List<PersonalDataPart> parts;

    ErasureService(ErasureRequestRepository requests, ErasureRecordRepository records, AccountService accounts,
                   AccountErasure accountErasure, PeopleService people, ClassService classes, GroupService groups,
                   SchoolService schools, AuditSearch auditSearch, Permissions permissions, AuditLog auditLog,
                   EventBus events, Clock clock, List<PersonalDataPart> parts) {
        this.parts = parts;
        this.requests = requests;
        this.records = records;
        this.accounts = accounts;
        this.accountErasure = accountErasure;
        this.people = people;
        this.classes = classes;
        this.groups = groups;
        this.schools = schools;
        this.auditSearch = auditSearch;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** A person asks to have their data deleted; a parent may ask it for their child. */
    @Transactional
    public ErasureRequest requestErasure(long subjectId, Actor actor) {
        permissions.requirePerson(actor);
        long requesterId = actor.accountId();
        AccountSummary requester = accounts.findAccount(requesterId)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
        if (subjectId != requesterId && !people.findChildIds(requesterId).contains(subjectId)) {
            throw PartaException.forbidden("erasure.request.forbidden");
        }
        AccountSummary subject = accounts.findPerson(subjectId).orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (subject.status() == AccountStatus.ERASED) {
            throw PartaException.conflict("erasure.already");
        }
        if (requests.findFirstBySubjectIdAndStatus(subjectId, ErasureRequest.PENDING).isPresent()) {
            throw PartaException.conflict("erasure.request.pending");
        }
        ErasureRequest saved = requests.save(new ErasureRequest(null, subjectId, requester.id(), clock.instant(),
                ErasureRequest.PENDING));
        auditLog.recordEvent("erasure.requested", requester.id(), String.valueOf(subjectId), null);
        events.publish(new PeopleChanged());
        return saved;
    }

    public Optional<ErasureRequest> findPendingRequest(long subjectId) {
        return requests.findFirstBySubjectIdAndStatus(subjectId, ErasureRequest.PENDING);
    }

    public List<ErasureRequest> findPendingRequests(Actor actor) {
        permissions.requireAdmin(actor);
        return requests.findByStatusOrderByRequestedAtAsc(ErasureRequest.PENDING);
    }

    public List<ErasureRecord> findRecords(Actor actor) {
        permissions.requireAdmin(actor);
        return records.findAllOrderByErasedAtDesc();
    }

    /** Carries out the erasure in one transaction; a second erasure of the same person is refused. */
    @Transactional
    public ErasureRecord erasePerson(long subjectId, Actor actor) {
        permissions.requireAdmin(actor);
        AccountSummary subject = accounts.findPerson(subjectId)
                .orElseThrow(() -> PartaException.notFound("person.notFound"));
        if (subject.status() == AccountStatus.ERASED) {
            throw PartaException.conflict("erasure.already");
        }
        String extract = new String(SecurityLog.toCsv(extract(subjectId, subject.login()), schools.zone()),
                StandardCharsets.UTF_8);
        List<String> categories = new ArrayList<>();
        if (subject.hasRole(Role.TEACHER)) {
            classes.releaseTeacher(subjectId, actor);
        }
        categories.addAll(people.erasePlacement(subjectId));
        if (groups.removeFromAllGroups(subjectId, actor) > 0) {
            categories.add("erasure.category.groups");
        }
        for (PersonalDataPart part : parts) {
            String category = part.erase(subjectId, clock.instant());
            if (category != null) {
                categories.add(category);
            }
        }
        ErasedAccount erased = accountErasure.eraseAccount(subjectId,
                messages.translate("person.erasedName", Messages.RUSSIAN), actor);
        categories.addAll(0, erased.categories());
        Optional<ErasureRequest> request = findPendingRequest(subjectId);
        request.ifPresent(r -> requests.update(new ErasureRequest(r.id(), r.subjectId(), r.requestedBy(),
                r.requestedAt(), ErasureRequest.DONE)));
        ErasureRecord record = records.save(new ErasureRecord(null, subjectId, request.map(ErasureRequest::id)
                .orElse(null), clock.instant(), actor.auditId(), erased.fullName() + "\n" + String.join("\n", categories),
                extract));
        auditLog.recordEvent("person.erased", actor.auditId(), subjectId + " record " + record.id(), null);
        events.publish(new PeopleChanged());
        return record;
    }

    /** The act as a printable PDF. */
    public byte[] printAct(long recordId, Actor actor) {
        permissions.requireAdmin(actor);
        ErasureRecord record = records.findById(recordId).orElseThrow(() -> PartaException.notFound("erasure.notFound"));
        String erasedBy = accounts.findPerson(record.erasedBy()).map(AccountSummary::fullName).orElse("");
        return new ErasureActPdf(messages, schools.requireSchool().name(), schools.zone()).render(record, erasedBy);
    }

    /** Everything the security log holds about the person: what they did, and what was done naming them. */
    private List<AuditEvent> extract(long subjectId, String login) {
        Map<Long, AuditEvent> found = new LinkedHashMap<>();
        auditSearch.findEvents(new AuditFilter(null, subjectId, null, null, null), 0, EXTRACT_MAX)
                .forEach(e -> found.put(e.id(), e));
        auditSearch.findEvents(new AuditFilter(null, null, String.valueOf(subjectId), null, null), 0, EXTRACT_MAX)
                .stream().filter(e -> mentions(e.subject(), String.valueOf(subjectId)))
                .forEach(e -> found.put(e.id(), e));
        if (login != null) {
            auditSearch.findEvents(new AuditFilter(null, null, login, null, null), 0, EXTRACT_MAX)
                    .stream().filter(e -> mentions(e.subject(), login)).forEach(e -> found.put(e.id(), e));
        }
        return found.values().stream().sorted(Comparator.comparing(AuditEvent::id)).toList();
    }

    /** The subject names this id or login as a whole word, not as part of another number. */
    private static boolean mentions(String subject, String token) {
        return subject != null && java.util.Arrays.asList(subject.split("[\\s,\\[\\]]+")).contains(token);
    }
}
