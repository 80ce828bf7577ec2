package ru.parta.chat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.people.PeopleService;
import ru.parta.school.ClassService;
import ru.parta.school.SchoolClass;

/**
 * Direct chats of two people under the administrator's policy: staff write to anyone, students and
 * parents to their teachers, and two classmates write to each other with their class teacher in
 * the chat.
 */
@Singleton
public class DirectChats {

    private final ConversationRepository conversations;
    private final ConversationMembers membership;
    private final ChatPolicyService policy;
    private final AccountService accounts;
    private final ClassService classes;
    private final PeopleService people;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;

    DirectChats(ConversationRepository conversations, ConversationMembers membership, ChatPolicyService policy,
                AccountService accounts, ClassService classes, PeopleService people, AuditLog auditLog,
                EventBus events, Clock clock, Permissions permissions) {
        this.conversations = conversations;
        this.membership = membership;
        this.policy = policy;
        this.accounts = accounts;
        this.classes = classes;
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.permissions = permissions;
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
                null, null, null, key, meId, now, null, now, 0, true, null, null, false)));
        Set<Long> everyone = new LinkedHashSet<>(List.of(meId, otherId));
        everyone.addAll(supervisors);
        boolean changed = false;
        for (Long accountId : everyone) {
            changed |= membership.join(chat.id(), accountId, false);
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

    private AccountSummary active(long accountId) {
        return accounts.findAccount(accountId).filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> PartaException.forbidden("permission.denied"));
    }
}
