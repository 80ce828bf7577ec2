package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.PersonName;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * The parents' opt-out register: administrators record a family's refusal; a class teacher sees
 * the refusals of their class with the channel to use instead (phone, e-mail, in person).
 */
@Singleton
public class OptOutService {

    static final int TEXT_MAX = 200;

    private final OptOutRepository optOuts;
    private final AccountService accounts;
    private final PeopleService people;
    private final ClassService classes;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final Clock clock;

    OptOutService(OptOutRepository optOuts, AccountService accounts, PeopleService people, ClassService classes,
                  Permissions permissions, AuditLog auditLog, Clock clock) {
        this.optOuts = optOuts;
        this.accounts = accounts;
        this.people = people;
        this.classes = classes;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public OptOut recordOptOut(String parentName, long childId, LocalDate refusedOn, @Nullable String documentRef,
                               ContactChannel channel, @Nullable String contact, Actor actor) {
        permissions.requireAdmin(actor);
        String parent = PersonName.clean(parentName);
        AccountSummary child = accounts.findPerson(childId).filter(c -> c.hasRole(Role.STUDENT))
                .orElseThrow(() -> PartaException.invalid("optOut.child.required"));
        if (refusedOn == null || refusedOn.isAfter(people.today())) {
            throw PartaException.invalid("optOut.date.invalid");
        }
        if (channel == null) {
            throw PartaException.invalid("optOut.channel.required");
        }
        String cleanContact = Contacts.blankToNull(contact);
        if (channel != ContactChannel.IN_PERSON && cleanContact == null) {
            throw PartaException.invalid("optOut.contact.required");
        }
        if (channel == ContactChannel.PHONE) {
            cleanContact = Contacts.cleanPhone(cleanContact);
        } else if (channel == ContactChannel.EMAIL) {
            cleanContact = Contacts.cleanEmail(cleanContact);
        }
        String reference = Contacts.blankToNull(documentRef);
        if ((reference != null && reference.length() > 100) || (cleanContact != null && cleanContact.length() > TEXT_MAX)) {
            throw PartaException.invalid("optOut.text.tooLong");
        }
        OptOut saved = optOuts.save(new OptOut(null, parent, child.id(), refusedOn, reference, channel, cleanContact,
                actor.auditId(), clock.instant()));
        // The family gets no account: a not yet activated account of this parent (imported) is closed,
        // so no slip is printed for it.
        accounts.findPeople(people.findParentIds(child.id())).values().stream()
                .filter(p -> p.status() == AccountStatus.PENDING)
                .filter(p -> PersonName.key(p.fullName()).equals(PersonName.key(parent)))
                .forEach(p -> accounts.markLeft(p.id(), "optedOut", actor));
        auditLog.recordEvent("optOut.recorded", actor.auditId(), child.id() + " " + channel, null);
        return saved;
    }

    @Transactional
    public void removeOptOut(long optOutId, Actor actor) {
        permissions.requireAdmin(actor);
        OptOut optOut = optOuts.findById(optOutId).orElseThrow(() -> PartaException.notFound("optOut.notFound"));
        optOuts.delete(optOut);
        auditLog.recordEvent("optOut.removed", actor.auditId(), String.valueOf(optOut.childId()), null);
    }

    /**
     * The families of these classes on the register, for the call list of an announcement to their
     * parents: the announcement's author may reach them (ru.parta.channel checks that they are).
     */
    public List<OptOutView> findOptOutsOfClasses(Collection<Long> classIds) {
        List<Long> children = new ArrayList<>();
        for (Long classId : classIds) {
            children.addAll(people.findStudentIds(classId));
        }
        if (children.isEmpty()) {
            return List.of();
        }
        List<OptOut> found = optOuts.findByChildIdInOrderByRecordedAtDesc(children);
        Map<Long, AccountSummary> kids = accounts.findPeople(found.stream().map(OptOut::childId).toList());
        return found.stream().filter(o -> kids.containsKey(o.childId()))
                .map(o -> new OptOutView(o, kids.get(o.childId()).fullName(),
                        people.findClassIdOf(o.childId()).flatMap(classes::findClass).map(SchoolClass::label)
                                .orElse(null)))
                .toList();
    }

    /** Administrators and the director see the whole register; a class teacher sees their class's part. */
    public List<OptOutView> findOptOuts(long viewerAccountId) {
        AccountSummary viewer = accounts.findAccount(viewerAccountId)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
        List<OptOut> found;
        if (viewer.hasAnyRole(java.util.Set.of(Role.ADMIN, Role.DIRECTOR))) {
            found = optOuts.findAllOrderByRecordedAtDesc();
        } else {
            List<Long> children = new ArrayList<>();
            for (SchoolClass led : classes.findClassesLedBy(viewerAccountId)) {
                children.addAll(people.findStudentIds(led.id()));
            }
            found = children.isEmpty() ? List.of() : optOuts.findByChildIdInOrderByRecordedAtDesc(children);
        }
        Map<Long, AccountSummary> kids = accounts.findPeople(found.stream().map(OptOut::childId).toList());
        return found.stream().map(o -> new OptOutView(o, kids.get(o.childId()).fullName(),
                people.findClassIdOf(o.childId()).flatMap(classes::findClass).map(SchoolClass::label).orElse(null)))
                .toList();
    }
}
