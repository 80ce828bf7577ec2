package ru.parta.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Consents;
import ru.parta.access.LoginThrottle;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.Tokens;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.people.Consent;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;
import ru.parta.school.SchoolGroup;

/**
 * Invitation links: created by administrators (any class or group, any role but administrator) and
 * by teachers (their own classes and groups, for students and parents); used to register or to
 * join with an existing account; revoked one by one or all unclaimed at once.
 */
@Singleton
public class InvitationService {

    static final int MAX_DAYS = 90;
    static final int MAX_USES = 1000;
    static final int NOTE_MAX = 300;
    private static final Set<Role> TEACHER_MAY_INVITE = EnumSet.of(Role.STUDENT, Role.PARENT);

    private final InvitationRepository invitations;
    private final JoinRequestRepository requests;
    private final AccountService accounts;
    private final Consents consents;
    private final LoginThrottle throttle;
    private final ClassService classes;
    private final GroupService groups;
    private final Placement placement;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;

    InvitationService(InvitationRepository invitations, JoinRequestRepository requests, AccountService accounts,
                      Consents consents, LoginThrottle throttle, ClassService classes, GroupService groups,
                      Placement placement, AuditLog auditLog, EventBus events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.invitations = invitations;
        this.requests = requests;
        this.accounts = accounts;
        this.consents = consents;
        this.throttle = throttle;
        this.classes = classes;
        this.groups = groups;
        this.placement = placement;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Invitation createInvitation(NewInvitation request, Actor actor) {
        AccountSummary member = requireMember(actor);
        if ((request.classId() == null) == (request.groupId() == null)) {
            throw PartaException.invalid("invitation.target.required");
        }
        if (request.role() == Role.ADMIN) {
            throw PartaException.invalid("invitation.role.admin");
        }
        if (request.validDays() < 1 || request.validDays() > MAX_DAYS) {
            throw PartaException.invalid("invitation.days.range", MAX_DAYS);
        }
        if (request.maxUses() != null && (request.maxUses() < 1 || request.maxUses() > MAX_USES)) {
            throw PartaException.invalid("invitation.uses.range", MAX_USES);
        }
        String note = DisplayText.optionalName(request.note());
        if (note != null && note.length() > NOTE_MAX) {
            throw PartaException.invalid("invitation.note.tooLong", NOTE_MAX);
        }
        if (request.classId() != null) {
            classes.requireCurrentClass(request.classId());
        } else if (groups.findGroup(request.groupId()).isEmpty()) {
            throw PartaException.notFound("group.notFound");
        }
        if (!member.hasRole(Role.ADMIN)) {
            boolean ownTarget = request.classId() != null
                    ? member.hasRole(Role.TEACHER) && classes.isTeacherOf(request.classId(), member.id())
                    : member.hasRole(Role.TEACHER) && groups.findGroupIdsOf(member.id()).contains(request.groupId());
            if (!ownTarget || !TEACHER_MAY_INVITE.contains(request.role())) {
                throw PartaException.forbidden("invitation.forbidden");
            }
        }
        Instant now = clock.instant();
        Invitation created = invitations.save(new Invitation(null, Tokens.generate(), request.role(),
                request.classId(), request.groupId(), member.id(), now, now.plus(Duration.ofDays(request.validDays())),
                request.maxUses(), 0, request.needsApproval(), note, null));
        auditLog.recordEvent("invitation.created", actor.auditId(),
                created.id() + " " + created.role() + " " + target(created), null);
        events.publish(new InvitationChanged());
        return created;
    }

    /** Administrators see every link; teachers see the links they made. */
    public List<InvitationView> findInvitations(long viewerAccountId) {
        AccountSummary viewer = accounts.findAccount(viewerAccountId)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
        List<Invitation> found = viewer.hasRole(Role.ADMIN) ? invitations.findAllOrderByCreatedAtDesc()
                : invitations.findByCreatedByOrderByCreatedAtDesc(viewerAccountId);
        Map<Long, AccountSummary> creators = accounts.findPeople(found.stream().map(Invitation::createdBy).toList());
        return found.stream().map(i -> view(i, creators.get(i.createdBy()))).toList();
    }

    @Transactional
    public void revokeInvitation(long invitationId, Actor actor) {
        Invitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> PartaException.notFound("invitation.notFound"));
        requireManager(invitation, actor);
        if (invitation.revokedAt() == null) {
            invitations.update(invitation.revoked(clock.instant()));
            auditLog.recordEvent("invitation.revoked", actor.auditId(), String.valueOf(invitationId), null);
            events.publish(new InvitationChanged());
        }
    }

    /** Ends every link that was never used: all of the school's for administrators, one's own for teachers. */
    @Transactional
    public int revokeUnclaimed(Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN, Role.TEACHER);
        AccountSummary member = requireMember(actor);
        List<Invitation> candidates = member.hasRole(Role.ADMIN) ? invitations.findAllOrderByCreatedAtDesc()
                : invitations.findByCreatedByOrderByCreatedAtDesc(member.id());
        Instant now = clock.instant();
        int revoked = 0;
        for (Invitation invitation : candidates) {
            if (invitation.uses() == 0 && invitation.statusAt(now) == InvitationStatus.ACTIVE) {
                invitations.update(invitation.revoked(now));
                revoked++;
            }
        }
        auditLog.recordEvent("invitation.revokedUnclaimed", actor.auditId(), String.valueOf(revoked), null);
        events.publish(new InvitationChanged());
        return revoked;
    }

    /** The link's page: where it leads; a forged, revoked, expired or used-up link gets its own answer. */
    public InvitationView describeInvitation(String token, String clientAddress) {
        Invitation invitation = working(token, clientAddress);
        return view(invitation, accounts.findPerson(invitation.createdBy()).orElseThrow());
    }

    /** A newcomer registers through the link: at once, or as an applicant waiting for approval. */
    @Transactional
    public JoinOutcome register(String token, Registration registration, String clientAddress) {
        Invitation invitation = working(token, clientAddress);
        Long childId = checkChild(invitation, registration.childName(), registration.childClassId());
        if (invitation.role() == Role.PARENT && !registration.consentAccepted()) {
            throw PartaException.invalid("activation.consent.required");
        }
        AccountSummary account = accounts.registerAccount(registration.fullName(), registration.login(),
                registration.password(), Set.of(invitation.role()), invitation.needsApproval(), clientAddress);
        if (invitation.role() == Role.PARENT) {
            // The consent covers the child too; with approval it is recorded once the link to the child is confirmed.
            Set<Long> subjects = childId != null && !invitation.needsApproval() ? Set.of(account.id(), childId)
                    : Set.of(account.id());
            consents.recordConsent(account.id(), subjects, Consent.CURRENT_VERSION, clock.instant(), clientAddress);
        }
        return use(invitation, account, registration.childName(), registration.childClassId(), childId);
    }

    /** Someone with an account uses the link: the role or group is added, or a request waits. */
    @Transactional
    public JoinOutcome joinWithAccount(String token, Actor actor, @Nullable String childName,
                                       @Nullable Long childClassId, String clientAddress) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        Invitation invitation = working(token, clientAddress);
        AccountSummary account = accounts.findAccount(accountId)
                .orElseThrow(() -> PartaException.notFound("person.notFound"));
        Long childId = checkChild(invitation, childName, childClassId);
        return use(invitation, account, childName, childClassId, childId);
    }

    private JoinOutcome use(Invitation invitation, AccountSummary account, @Nullable String childName,
                            @Nullable Long childClassId, @Nullable Long childId) {
        if (requests.existsByAccountIdAndStatus(account.id(), JoinRequestStatus.PENDING)) {
            throw PartaException.conflict("joinRequest.alreadyPending");
        }
        if (invitations.use(invitation.id(), clock.instant()) != 1) {
            throw PartaException.conflict("invitation.usedUp");
        }
        events.publish(new InvitationChanged());
        if (invitation.needsApproval()) {
            requests.save(new JoinRequest(null, invitation.id(), account.id(), invitation.role(), invitation.classId(),
                    invitation.groupId(), childName == null ? null : childName.strip(),
                    childClassId != null ? childClassId : invitation.classId(), JoinRequestStatus.PENDING,
                    clock.instant(), null, null, null));
            auditLog.recordEvent("joinRequest.filed", account.id(), invitation.id() + " " + invitation.role(), null);
            events.publish(new JoinRequestsChanged(account.id()));
            return new JoinOutcome(account, true);
        }
        placement.place(account.id(), invitation.role(), invitation.classId(), invitation.groupId(), childId,
                invitation.createdBy());
        auditLog.recordEvent("invitation.used", account.id(), invitation.id() + " " + invitation.role(), null);
        return new JoinOutcome(accounts.findPerson(account.id()).orElseThrow(), false);
    }

    /**
     * A parent names their child: the child must be a current student of the named class. Without
     * approval the match must be exact now; with approval the approver confirms or corrects it.
     */
    private @Nullable Long checkChild(Invitation invitation, @Nullable String childName, @Nullable Long childClassId) {
        if (invitation.role() != Role.PARENT) {
            return null;
        }
        Long classId = childClassId != null ? childClassId : invitation.classId();
        if (childName == null || childName.isBlank() || classId == null) {
            throw PartaException.invalid("invitation.child.required");
        }
        Long childId = placement.findChild(childName, classId);
        if (childId == null && !invitation.needsApproval()) {
            throw PartaException.invalid("invitation.child.notFound", childName.strip(),
                    classes.findClass(classId).map(SchoolClass::label).orElse("?"));
        }
        return childId;
    }

    /** The invitation behind a token if it works now; wrong tokens count against the address. */
    private Invitation working(String token, String clientAddress) {
        throttle.checkCodeAllowed(clientAddress);
        Invitation invitation = Tokens.wellFormed(token) ? invitations.findByToken(token).orElse(null) : null;
        if (invitation == null) {
            throttle.recordWrongCode(clientAddress, "invitation.wrongToken");
            throw PartaException.notFound("invitation.notFound");
        }
        return switch (invitation.statusAt(clock.instant())) {
            case ACTIVE -> invitation;
            case EXPIRED -> throw PartaException.invalid("invitation.expired");
            case REVOKED -> throw PartaException.invalid("invitation.revoked");
            case USED_UP -> throw PartaException.invalid("invitation.usedUp");
        };
    }

    private InvitationView view(Invitation invitation, @Nullable AccountSummary creator) {
        String classLabel = invitation.classId() == null ? null
                : classes.findClass(invitation.classId()).map(SchoolClass::label).orElse(null);
        SchoolGroup group = invitation.groupId() == null ? null : groups.findGroup(invitation.groupId()).orElse(null);
        return new InvitationView(invitation, classLabel, group == null ? null : group.name(),
                group != null && group.isStaffRoom(), creator == null ? "" : creator.fullName(),
                invitation.statusAt(clock.instant()));
    }

    private void requireManager(Invitation invitation, Actor acting) {
        AccountSummary actor = requireMember(acting);
        if (!actor.hasRole(Role.ADMIN) && invitation.createdBy() != actor.id()) {
            throw PartaException.forbidden("invitation.forbidden");
        }
    }

    /** A live person acting: the system creates and revokes no links. */
    private AccountSummary requireMember(Actor actor) {
        permissions.requirePerson(actor);
        return accounts.findAccount(actor.accountId()).orElseThrow(() -> PartaException.forbidden("permission.denied"));
    }

    private static String target(Invitation invitation) {
        return invitation.classId() != null ? "class " + invitation.classId() : "group " + invitation.groupId();
    }
}
