package ru.parta.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DisplayText;
import ru.parta.base.InternalStep;
import ru.parta.base.PartaException;
import ru.parta.base.TextGuard;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.people.PeopleService;
import ru.parta.school.ClassService;
import ru.parta.school.GroupService;

/**
 * Chats people make: a teacher's chat for a subject, project, excursion or olympiad (direct chats
 * are {@link DirectChats}). Supervision: only staff create chats, and a chat with students always
 * keeps a staff member (the last one cannot leave).
 */
@Singleton
public class ConversationService {

    static final int TITLE_MAX = 100;

    private final ConversationRepository conversations;
    private final ConversationMemberRepository members;
    private final ConversationMembers membership;
    private final AccountService accounts;
    private final ClassService classes;
    private final GroupService groups;
    private final PeopleService people;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;
    private final TextGuard textGuard;

    ConversationService(ConversationRepository conversations, ConversationMemberRepository members,
                        ConversationMembers membership, AccountService accounts, ClassService classes, GroupService groups,
                        PeopleService people, AuditLog auditLog, EventBus events, Clock clock, Permissions permissions,
                        TextGuard textGuard) {
        this.textGuard = textGuard;
        this.permissions = permissions;
        this.conversations = conversations;
        this.members = members;
        this.membership = membership;
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
        textGuard.requireAcceptable(cleanTitle, "chat", creatorId);
        if (pick.isEmpty()) {
            throw PartaException.invalid("chat.members.required");
        }
        Set<Long> wanted = resolve(pick, creator);
        wanted.add(creatorId);
        Instant now = clock.instant();
        Conversation chat = conversations.save(new Conversation(null, ConversationKind.CUSTOM, cleanTitle, null, null,
                null, creatorId, now, null, now, 0, true, null, null, false));
        wanted.forEach(id -> members.save(new ConversationMember(null, chat.id(), id, false, now, null, 0, true, null)));
        conversations.recount();
        auditLog.recordEvent("chat.created", creatorId, chat.id() + " " + cleanTitle, null);
        events.publish(new ChatsChanged(wanted));
        return conversations.findById(chat.id()).orElseThrow();
    }

    /**
     * The conversation of a new channel; its creator (when a person) is in it at once as an author,
     * so the page that made it can open it before the audience sync has run.
     */
    @InternalStep("ChannelService.createChannel and the system channels at start-up, after their own checks")
    public long createChannelChat(String title, @Nullable String systemKey, @Nullable Long creatorId) {
        Instant now = clock.instant();
        Conversation chat = conversations.save(new Conversation(null, ConversationKind.CHANNEL, title, null, null,
                null, creatorId, now, null, now, 0, true, systemKey, null, false));
        if (creatorId != null) {
            members.save(new ConversationMember(null, chat.id(), creatorId, true, now, null, 0, true, null));
            conversations.recount();
            events.publish(new ChatsChanged(Set.of(creatorId)));
        }
        return chat.id();
    }

    @InternalStep("ChannelService.changeChannel, after its own checks")
    public void renameChannelChat(long conversationId, String title) {
        Conversation chat = conversations.findById(conversationId)
                .filter(c -> c.kind() == ConversationKind.CHANNEL)
                .orElseThrow(() -> PartaException.notFound("chat.notFound"));
        conversations.update(new Conversation(chat.id(), chat.kind(), title, chat.classId(), chat.groupId(),
                chat.directKey(), chat.createdBy(), chat.createdAt(), chat.lastMessageId(), chat.lastActivityAt(),
                chat.memberCount(), chat.supervised(), chat.systemKey(), chat.pinnedMessageId(), chat.premoderated()));
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
            if (membership.join(chat.id(), accountId, false)) {
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
        membership.leave(conversationId, accountId);
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
        membership.leave(conversationId, accountId);
        auditLog.recordEvent("chat.left", accountId, String.valueOf(conversationId), null);
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
