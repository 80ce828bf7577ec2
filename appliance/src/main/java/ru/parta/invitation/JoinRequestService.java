package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Consents;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.people.Consent;
import ru.parta.people.PeopleService;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolGroup;

/**
 * Join requests: administrators decide all of them, a class teacher those for their own class.
 * Approving a parent confirms (or corrects) which child the request named.
 */
@Singleton
public class JoinRequestService {

    static final int REASON_MAX = 300;

    private final JoinRequestRepository requests;
    private final AccountService accounts;
    private final Consents consents;
    private final ClassService classes;
    private final GroupService groups;
    private final PeopleService people;
    private final Placement placement;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;

    JoinRequestService(JoinRequestRepository requests, AccountService accounts, Consents consents,
                       ClassService classes, GroupService groups, PeopleService people, Placement placement,
                       AuditLog auditLog, EventBus events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.requests = requests;
        this.accounts = accounts;
        this.consents = consents;
        this.classes = classes;
        this.groups = groups;
        this.people = people;
        this.placement = placement;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The pending requests this person may decide, oldest first. */
    public List<JoinRequestView> findPendingRequests(long viewerAccountId) {
        AccountSummary viewer = requireMember(viewerAccountId);
        List<JoinRequest> pending = requests.findByStatusOrderByCreatedAtAsc(JoinRequestStatus.PENDING).stream()
                .filter(r -> mayDecide(viewer, r)).toList();
        return views(pending);
    }

    /** A person's own requests, newest first, to show how they stand. */
    public List<JoinRequestView> findRequestsOf(long accountId) {
        return views(requests.findByAccountIdOrderByCreatedAtDesc(accountId));
    }

    @Transactional
    public void approveRequest(long requestId, @Nullable Long childId, Actor actor) {
        JoinRequest request = pendingRequest(requestId, actor);
        if (request.role() == Role.PARENT) {
            if (childId == null) {
                throw PartaException.invalid("joinRequest.child.required");
            }
            AccountSummary child = accounts.findPerson(childId)
                    .filter(c -> c.hasRole(Role.STUDENT) && c.status() != AccountStatus.LEFT)
                    .orElseThrow(() -> PartaException.invalid("joinRequest.child.required"));
            consents.recordConsent(request.accountId(), Set.of(child.id()), Consent.CURRENT_VERSION,
                    request.createdAt(), null);
        }
        accounts.admitApplicant(request.accountId(), actor);
        placement.place(request.accountId(), request.role(), request.classId(), request.groupId(), childId,
                actor.auditId());
        requests.update(request.decided(JoinRequestStatus.APPROVED, clock.instant(), actor.auditId(), null));
        auditLog.recordEvent("joinRequest.approved", actor.auditId(),
                requestId + " " + request.accountId() + " " + request.role() + (childId == null ? "" : " child " + childId),
                null);
        events.publish(new JoinRequestsChanged(request.accountId()));
    }

    @Transactional
    public void rejectRequest(long requestId, String reason, Actor actor) {
        JoinRequest request = pendingRequest(requestId, actor);
        String why = DisplayText.multiLine(reason).strip();
        if (why.isEmpty()) {
            throw PartaException.invalid("joinRequest.reason.required");
        }
        if (why.length() > REASON_MAX) {
            throw PartaException.invalid("joinRequest.reason.tooLong", REASON_MAX);
        }
        requests.update(request.decided(JoinRequestStatus.REJECTED, clock.instant(), actor.auditId(), why));
        auditLog.recordEvent("joinRequest.rejected", actor.auditId(), requestId + " " + request.accountId(), null);
        events.publish(new JoinRequestsChanged(request.accountId()));
    }

    private JoinRequest pendingRequest(long requestId, Actor acting) {
        permissions.requireAnyRole(acting, Role.ADMIN, Role.TEACHER);
        AccountSummary actor = requireMember(acting.accountId());
        JoinRequest request = requests.findById(requestId)
                .orElseThrow(() -> PartaException.notFound("joinRequest.notFound"));
        if (!mayDecide(actor, request)) {
            throw PartaException.forbidden("joinRequest.forbidden");
        }
        if (request.status() != JoinRequestStatus.PENDING) {
            throw PartaException.conflict("joinRequest.alreadyDecided");
        }
        return request;
    }

    /** Administrators decide every request; a class teacher those for the class they lead. */
    private boolean mayDecide(AccountSummary viewer, JoinRequest request) {
        if (viewer.hasRole(Role.ADMIN)) {
            return true;
        }
        Long classId = request.classId() != null ? request.classId() : request.childClassId();
        return classId != null && classes.findClass(classId)
                .map(c -> c.classTeacherId() != null && c.classTeacherId() == viewer.id()).orElse(false);
    }

    private List<JoinRequestView> views(List<JoinRequest> found) {
        Map<Long, AccountSummary> applicants = accounts.findPeople(found.stream().map(JoinRequest::accountId).toList());
        return found.stream().map(r -> {
            SchoolGroup group = r.groupId() == null ? null : groups.findGroup(r.groupId()).orElse(null);
            Long matched = r.role() == Role.PARENT && r.childName() != null && r.childClassId() != null
                    ? people.findStudentInClass(r.childName(), r.childClassId()).orElse(null) : null;
            return new JoinRequestView(r, applicants.get(r.accountId()).fullName(), label(r.classId()),
                    group == null ? null : group.name(), group != null && group.isStaffRoom(), label(r.childClassId()),
                    matched);
        }).toList();
    }

    private @Nullable String label(@Nullable Long classId) {
        return classId == null ? null : classes.findClass(classId).map(SchoolClass::label).orElse(null);
    }

    private AccountSummary requireMember(long accountId) {
        return accounts.findAccount(accountId).orElseThrow(() -> PartaException.forbidden("permission.denied"));
    }
}
