package ru.parta.chat;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Set;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;

/** The administrator's chat settings: who may start direct chats, who may send urgent messages. */
@Singleton
public class ChatPolicyService {

    private final ChatPolicyRepository policies;
    private final Permissions permissions;
    private final AuditLog auditLog;

    ChatPolicyService(ChatPolicyRepository policies, Permissions permissions, AuditLog auditLog) {
        this.policies = policies;
        this.permissions = permissions;
        this.auditLog = auditLog;
    }

    public ChatPolicy findPolicy() {
        return policies.findById(ChatPolicy.THE_POLICY).orElseThrow();
    }

    @Transactional
    public ChatPolicy updatePolicy(ChatPolicy changed, Actor actor) {
        permissions.requireAdmin(actor);
        Set<Role> urgent = changed.urgentRoleSet();
        if (urgent.contains(Role.STUDENT) || urgent.contains(Role.PARENT)) {
            throw PartaException.invalid("chat.policy.urgentStaffOnly");
        }
        ChatPolicy saved = policies.update(ChatPolicy.of(changed.studentsToTeachers(), changed.studentsToClassmates(),
                changed.parentsToTeachers(), changed.parentsToParents(), urgent));
        auditLog.recordEvent("chat.policyChanged", actor.auditId(), saved.toString(), null);
        return saved;
    }
}
