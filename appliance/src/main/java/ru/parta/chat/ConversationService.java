package ru.parta.chat;

import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.DisplayText;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.people.PeopleService;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;
import ru.parta.school.SchoolClass;

/**
 * Chats people make: a teacher's chat for a subject, project, excursion or olympiad, and direct
 * chats under the administrator's policy. Supervision: only staff create chats, a chat with
 * students always keeps a staff member (the last one cannot leave), and two students writing to
 * each other do so with their class teacher in the chat.
 */
@Singleton
public class ConversationService {

    static final int TITLE_MAX = 100;

    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;
    private final ReadPointerWriter pointers;
    private final ChatPolicyService policy;
    private final AccountService accounts;
    private final ClassService classes;
    private final GroupService groups;
    private final PeopleService people;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;

    ConversationService(ConversationRepository conversations, ConversationMemberRepository members,
                        ReadPointerWriter pointers, ChatPolicyService policy, AccountService accounts, ClassService classes, GroupService groups,
                        PeopleService people, AuditLog auditLog, EventBus events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.conversations = conversations;
        this.members = members;
        this.pointers = pointers;
        this.policy = policy;
        this.accounts = accounts;
        this.classes = classes;
        this.groups = groups;
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Conversation createChat(String title, ChatMembersPick pick, Actor actor) {
        permissions.requirePerson(actor);
        long creatorId = actor.accountId();
        AccountSummary creator = active(creatorId);
        if (!creator.isStaff()) {
            throw PartaException.forbidden("chat.create.staffOnly");
        }
        String cleanTitle = DisplayText.name(title);
        if (cleanTitle.isEmpty()) {
            throw PartaException.invalid("chat.title.required");
        }
        if (cleanTitle.length() > TITLE_MAX) {
            throw PartaException.invalid("chat.title.tooLong", TITLE_MAX);
        }
        if (pick.isEmpty()) {
            throw PartaException.invalid("chat.members.required");
        }
        Set<Long> wanted = resolve(pick, creator);
        wanted.add(creatorId);
        Instant now = clock.instant();
        Conversation chat = conversations.save(new Conversation(null, ConversationKind.CUSTOM, cleanTitle, null, null,
                null, creatorId, now, null, now, 0, true));
        wanted.forEach(id -> members.save(new ConversationMember(null, chat.id(), id, false, now, null, 0)));
        conversations.recount();
        auditLog.recordEvent("chat.created", creatorId, chat.id() + " " + cleanTitle, null);
        events.publish(new ChatsChanged(wanted));
        return conversations.findById(chat.id()).orElseThrow();
    }

    /** Adds more classes or groups to a teacher's chat: its creator or an administrator. */
    @Transactional
    public int addMembers(long conversationId, ChatMembersPick pick, Actor actor) {
        permissions.requirePerson(actor);
        long actorId = actor.accountId();
        Conversation chat = managedByActor(conversationId, actorId);
        AccountSummary manager = active(actorId);
        Set<Long> added = new HashSet<>();
        for (Long accountId : resolve(pick, manager)) {
            if (join(chat.id(), accountId, false)) {
                added.add(accountId);
            }
        }
        conversations.recount();
        auditLog.recordEvent("chat.membersAdded", actorId, chat.id() + " " + added.size(), null);
        events.publish(new ChatsChanged(added));
        return added.size();
    }

    @Transactional
    public void removeMember(long conversationId, long accountId, Actor actor) {
        permissions.requirePerson(actor);
        long actorId = actor.accountId();
        managedByActor(conversationId, actorId);
        leave(conversationId, accountId);
        auditLog.recordEvent("chat.memberRemoved", actorId, conversationId + " " + accountId, null);
    }

    /** Leaves a teacher's chat or a direct chat; class, parent and group chats follow the roster. */
    @Transactional
    public void leaveChat(long conversationId, Actor actor) {
        permissions.requirePerson(actor);
        long accountId = actor.accountId();
        Conversation chat = conversations.findById(conversationId)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
        if (chat.kind().isManaged()) {
            throw PartaException.conflict("chat.leave.managed");
        }
        leave(conversationId, accountId);
        auditLog.recordEvent("chat.left", accountId, String.valueOf(conversationId), null);
    }

    /** The direct chat of two people, opened on first use; refused where the policy says no. */
    @Transactional
    public Conversation openDirectChat(Actor actor, long otherId) {
        permissions.requirePerson(actor);
        long meId = actor.accountId();
        AccountSummary me = active(meId);
        AccountSummary other = accounts.findAccount(otherId).filter(a -> a.status() == AccountStatus.ACTIVE && a.enabled())
                .orElseThrow(() -> PartaException.notFound("chat.direct.nobody"));
        Set<Long> supervisors = directSupervisors(me, other);
        String key = Math.min(meId, otherId) + ":" + Math.max(meId, otherId);
        Optional<Conversation> existing = conversations.findByDirectKey(key);
        Instant now = clock.instant();
        Conversation chat = existing.orElseGet(() -> conversations.save(new Conversation(null, ConversationKind.DIRECT,
                null, null, null, key, meId, now, null, now, 0, true)));
        Set<Long> everyone = new LinkedHashSet<>(List.of(meId, otherId));
        everyone.addAll(supervisors);
        boolean changed = false;
        for (Long accountId : everyone) {
            changed |= join(chat.id(), accountId, false);
        }
        if (changed) {
            conversations.recount();
            if (existing.isEmpty()) {
                auditLog.recordEvent("chat.directOpened", meId, chat.id() + " " + otherId, null);
            }
            events.publish(new ChatsChanged(everyone));
        }
        return conversations.findById(chat.id()).orElseThrow();
    }

    /** Whether {@code me} may start a direct chat with {@code other} (for showing the button). */
    public boolean mayWriteDirect(long meId, long otherId) {
        try {
            directSupervisors(active(meId), accounts.findAccount(otherId).orElseThrow());
            return true;
        } catch (PartaException | java.util.NoSuchElementException refused) {
            return false;
        }
    }

    public Conversation findChat(long conversationId, long viewerId) {
        members.findByConversationIdAndAccountId(conversationId, viewerId).filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
        return conversations.findById(conversationId).orElseThrow();
    }

    public List<ChatMember> findMembers(long conversationId, long viewerId) {
        findChat(conversationId, viewerId);
        List<Long> ids = members.findByConversationIdAndLeftAtIsNull(conversationId).stream()
                .map(ConversationMember::accountId).toList();
        Map<Long, AccountSummary> found = accounts.findPeople(ids);
        return found.values().stream()
                .map(a -> new ChatMember(a.id(), a.fullName(), a.roles(), a.teacherVerified()))
                .sorted(Comparator.comparing(ChatMember::fullName)).toList();
    }

    /** A chat's creator or an administrator may change who is in it. */
    public boolean mayManage(long conversationId, long viewerId) {
        Conversation chat = conversations.findById(conversationId).orElse(null);
        if (chat == null || chat.kind() != ConversationKind.CUSTOM) {
            return false;
        }
        return chat.createdBy() != null && chat.createdBy() == viewerId
                || accounts.findAccount(viewerId).map(a -> a.hasRole(Role.ADMIN)).orElse(false);
    }

    /** Direct chats need no supervisor, or the class teacher where two classmates write to each other. */
    private Set<Long> directSupervisors(AccountSummary me, AccountSummary other) {
        if (me.id() == other.id()) {
            throw PartaException.invalid("chat.direct.self");
        }
        if (me.isStaff()) {
            return Set.of();
        }
        ChatPolicy rules = policy.findPolicy();
        if (other.isStaff() && other.hasRole(Role.TEACHER)) {
            if (me.hasRole(Role.STUDENT) && rules.studentsToTeachers()
                    && people.findClassIdOf(me.id()).map(c -> classes.isTeacherOf(c, other.id())).orElse(false)) {
                return Set.of();
            }
            if (me.hasRole(Role.PARENT) && rules.parentsToTeachers() && childClasses(me.id()).stream()
                    .anyMatch(c -> classes.isTeacherOf(c, other.id()))) {
                return Set.of();
            }
        }
        if (me.hasRole(Role.STUDENT) && other.hasRole(Role.STUDENT) && rules.studentsToClassmates()) {
            Optional<Long> mine = people.findClassIdOf(me.id());
            if (mine.isPresent() && mine.equals(people.findClassIdOf(other.id()))) {
                Long classTeacher = classes.findClass(mine.get()).map(SchoolClass::classTeacherId).orElse(null);
                if (classTeacher == null) {
                    throw PartaException.conflict("chat.direct.noClassTeacher");
                }
                return Set.of(classTeacher);
            }
        }
        if (me.hasRole(Role.PARENT) && other.hasRole(Role.PARENT) && rules.parentsToParents()) {
            Set<Long> mine = childClasses(me.id());
            if (childClasses(other.id()).stream().anyMatch(mine::contains)) {
                return Set.of();
            }
        }
        throw PartaException.forbidden("chat.direct.forbidden");
    }

    private Set<Long> childClasses(long parentId) {
        Set<Long> result = new HashSet<>();
        people.findChildIds(parentId).forEach(child -> people.findClassIdOf(child).ifPresent(result::add));
        return result;
    }

    /** The people a pick stands for; a teacher may pick only classes they teach and groups they are in. */
    private Set<Long> resolve(ChatMembersPick pick, AccountSummary actor) {
        boolean everything = actor.hasAnyRole(Set.of(Role.ADMIN, Role.DIRECTOR));
        Set<Long> result = new LinkedHashSet<>();
        Set<Long> pickedClasses = new HashSet<>(pick.studentsOfClasses());
        pickedClasses.addAll(pick.parentsOfClasses());
        for (Long classId : pickedClasses) {
            classes.requireCurrentClass(classId);
            if (!everything && !classes.isTeacherOf(classId, actor.id())) {
                throw PartaException.forbidden("chat.members.notYourClass");
            }
        }
        for (Long classId : pick.studentsOfClasses()) {
            result.addAll(people.findStudentIds(classId));
        }
        for (Long classId : pick.parentsOfClasses()) {
            people.findStudentIds(classId).forEach(student -> result.addAll(people.findParentIds(student)));
        }
        for (Long groupId : pick.groups()) {
            groups.findGroup(groupId).orElseThrow(() -> PartaException.notFound("group.notFound"));
            List<Long> groupMembers = groups.findMemberIds(groupId);
            if (!everything && !groupMembers.contains(actor.id())) {
                throw PartaException.forbidden("chat.members.notYourGroup");
            }
            result.addAll(groupMembers);
        }
        Map<Long, AccountSummary> found = accounts.findPeople(result);
        result.removeIf(id -> !found.containsKey(id) || !Set.of(AccountStatus.ACTIVE, AccountStatus.PENDING)
                .contains(found.get(id).status()));
        return result;
    }

    /** Lets a person into a chat (by its link); false when they were already in. */
    @Transactional
    public boolean joinChat(long conversationId, long accountId) {
        boolean joined = join(conversationId, accountId, false);
        if (joined) {
            conversations.recount();
        }
        return joined;
    }

    /** Adds or brings back a member; false when they were already in. */
    private boolean join(long conversationId, long accountId, boolean managed) {
        Optional<ConversationMember> row = members.findByConversationIdAndAccountId(conversationId, accountId);
        if (row.isPresent() && row.get().isPresent()) {
            return false;
        }
        Conversation chat = conversations.findById(conversationId).orElseThrow();
        long readUpTo = chat.lastMessageId() == null ? 0 : chat.lastMessageId();
        if (row.isPresent()) {
            members.rejoin(row.get().id(), managed);
            pointers.moveForward(conversationId, accountId, readUpTo);
        } else {
            members.save(new ConversationMember(null, conversationId, accountId, managed, clock.instant(), null,
                    readUpTo));
        }
        return true;
    }

    private void leave(long conversationId, long accountId) {
        ConversationMember member = members.findByConversationIdAndAccountId(conversationId, accountId)
                .filter(ConversationMember::isPresent)
                .orElseThrow(() -> PartaException.notFound("chat.notMember"));
        List<Long> rest = members.findByConversationIdAndLeftAtIsNull(conversationId).stream()
                .map(ConversationMember::accountId).filter(id -> id != accountId).toList();
        Map<Long, AccountSummary> others = accounts.findPeople(rest);
        boolean studentsStay = others.values().stream().anyMatch(a -> a.hasRole(Role.STUDENT));
        boolean staffStays = others.values().stream().anyMatch(AccountSummary::isStaff);
        if (studentsStay && !staffStays) {
            throw PartaException.conflict("chat.leave.lastStaff");
        }
        members.markLeft(member.id(), clock.instant());
        conversations.recount();
        events.publish(new ChatsChanged(Set.of(accountId)));
    }

    private Conversation managedByActor(long conversationId, long actorId) {
        Conversation chat = conversations.findById(conversationId)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
        if (!mayManage(conversationId, actorId)) {
            throw PartaException.forbidden("chat.manage.forbidden");
        }
        return chat;
    }

    private AccountSummary active(long accountId) {
        return accounts.findAccount(accountId).filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
    }
}
