package ru.parta.school;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.DisplayText;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * The one write path for groups. The staff room needs no member rows: it is every current staff
 * member, always, so it cannot drift from the people's roles.
 */
@Singleton
public class GroupService {

    static final int NAME_MAX = 100;

    private final SchoolGroupRepository groups;
    private final Permissions permissions;
    private final GroupMemberRepository members;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;

    GroupService(SchoolGroupRepository groups, GroupMemberRepository members, AccountService accounts,
                 AuditLog auditLog, EventBus events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.groups = groups;
        this.members = members;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SchoolGroup createGroup(String name, Actor actor) {
        permissions.requireAdmin(actor);
        String clean = DisplayText.name(name);
        if (clean.isEmpty()) {
            throw PartaException.invalid("group.name.required");
        }
        if (clean.length() > NAME_MAX) {
            throw PartaException.invalid("group.name.tooLong", NAME_MAX);
        }
        if (groups.existsByName(clean)) {
            throw PartaException.conflict("group.exists", clean);
        }
        SchoolGroup group = groups.save(new SchoolGroup(null, clean, GroupKind.CUSTOM, clock.instant()));
        auditLog.recordEvent("group.created", actor.auditId(), clean, null);
        events.publish(new GroupChanged(group.id()));
        return group;
    }

    /** Renames a group the school made; the staff room keeps its name. */
    @Transactional
    public SchoolGroup renameGroup(long groupId, String name, Actor actor) {
        permissions.requireAdmin(actor);
        SchoolGroup group = groups.findById(groupId).orElseThrow(() -> PartaException.notFound("group.notFound"));
        if (group.kind() != GroupKind.CUSTOM) {
            throw PartaException.invalid("group.rename.system");
        }
        String clean = DisplayText.name(name);
        if (clean.isEmpty()) {
            throw PartaException.invalid("group.name.required");
        }
        if (clean.length() > NAME_MAX) {
            throw PartaException.invalid("group.name.tooLong", NAME_MAX);
        }
        if (clean.equals(group.name())) {
            return group;
        }
        if (groups.existsByName(clean)) {
            throw PartaException.conflict("group.exists", clean);
        }
        SchoolGroup renamed = groups.update(group.renamed(clean));
        auditLog.recordEvent("group.renamed", actor.auditId(), groupId + " " + group.name() + " → " + clean, null);
        events.publish(new GroupChanged(groupId));
        return renamed;
    }

    @Transactional
    public void addMember(long groupId, long accountId, Actor actor) {
        permissions.requireAdmin(actor);
        SchoolGroup group = requireCustomGroup(groupId);
        if (accounts.findPerson(accountId).filter(p -> p.status() != AccountStatus.LEFT).isEmpty()) {
            throw PartaException.notFound("person.notFound");
        }
        if (members.existsByGroupIdAndAccountId(groupId, accountId)) {
            return;
        }
        members.save(new GroupMember(null, groupId, accountId));
        auditLog.recordEvent("group.memberAdded", actor.auditId(), group.name() + " " + accountId, null);
        events.publish(new GroupChanged(groupId));
    }

    @Transactional
    public void removeMember(long groupId, long accountId, Actor actor) {
        permissions.requireAdmin(actor);
        SchoolGroup group = requireCustomGroup(groupId);
        members.deleteByGroupIdAndAccountId(groupId, accountId);
        auditLog.recordEvent("group.memberRemoved", actor.auditId(), group.name() + " " + accountId, null);
        events.publish(new GroupChanged(groupId));
    }

    /** Adds someone who joined through an invitation link (the link's creator had the right). */
    @Transactional
    @InternalStep("invitation Placement, authorized by the link its creator made")
    public void joinGroup(long groupId, long accountId) {
        SchoolGroup group = groups.findById(groupId).orElseThrow(() -> PartaException.notFound("group.notFound"));
        if (group.isStaffRoom() || members.existsByGroupIdAndAccountId(groupId, accountId)) {
            return;
        }
        members.save(new GroupMember(null, groupId, accountId));
        auditLog.recordEvent("group.joined", accountId, group.name(), null);
        events.publish(new GroupChanged(groupId));
    }

    /** Takes a person out of every custom group (their erasure); returns how many they were in. */
    @Transactional
    public int removeFromAllGroups(long accountId, Actor actor) {
        permissions.requireAdmin(actor);
        List<Long> groupIds = members.findGroupIdByAccountId(accountId);
        for (Long groupId : groupIds) {
            members.deleteByGroupIdAndAccountId(groupId, accountId);
            events.publish(new GroupChanged(groupId));
        }
        return groupIds.size();
    }

    /** The staff room first, then custom groups by name. */
    public List<SchoolGroup> findGroups() {
        return groups.findAll().stream()
                .sorted(java.util.Comparator.comparing((SchoolGroup g) -> !g.isStaffRoom()).thenComparing(SchoolGroup::name))
                .toList();
    }

    public Optional<SchoolGroup> findGroup(long groupId) {
        return groups.findById(groupId);
    }

    /** The people added to a custom group (the staff room's members come from roles). */
    public List<Long> findMemberIds(long groupId) {
        return members.findAccountIdByGroupId(groupId);
    }

    public long countMembers(long groupId) {
        return members.countByGroupId(groupId);
    }

    public List<Long> findGroupIdsOf(long accountId) {
        return members.findGroupIdByAccountId(accountId);
    }

    private SchoolGroup requireCustomGroup(long groupId) {
        SchoolGroup group = groups.findById(groupId).orElseThrow(() -> PartaException.notFound("group.notFound"));
        if (group.isStaffRoom()) {
            throw PartaException.invalid("group.staffRoom.automatic");
        }
        return group;
    }
}
