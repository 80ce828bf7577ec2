package ru.parta.setup;

import jakarta.inject.Singleton;
import java.util.List;
import ru.parta.access.AccountService;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.audit.AuditLog;
import ru.parta.invitation.JoinRequestService;
import ru.parta.school.ClassService;

/**
 * What a new school's administrator does after the wizard, each step ticked by the school's real
 * state (not by a click): the profile saved, classes made, people imported, slips printed,
 * teachers invited, join requests answered. The home page shows it until every step is done.
 */
@Singleton
public class FirstSteps {

    private final Permissions permissions;
    private final AuditLog auditLog;
    private final ClassService classes;
    private final AccountService accounts;
    private final JoinRequestService joinRequests;

    FirstSteps(Permissions permissions, AuditLog auditLog, ClassService classes, AccountService accounts,
               JoinRequestService joinRequests) {
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.classes = classes;
        this.accounts = accounts;
        this.joinRequests = joinRequests;
    }

    public List<FirstStep> findFirstSteps(Actor actor) {
        permissions.requireAdmin(actor);
        boolean invited = auditLog.hasRecorded("invitation.created");
        return List.of(
                new FirstStep(FirstStep.Kind.SCHOOL_PROFILE, auditLog.hasRecorded("school.profileChanged")),
                new FirstStep(FirstStep.Kind.CLASSES, !classes.findClasses().isEmpty()),
                new FirstStep(FirstStep.Kind.IMPORT_PEOPLE, accounts.countWithRole(Role.STUDENT) > 0
                        && accounts.countWithRole(Role.PARENT) > 0 && accounts.countWithRole(Role.TEACHER) > 0),
                new FirstStep(FirstStep.Kind.PRINT_SLIPS, auditLog.hasRecorded("slips.printed")),
                new FirstStep(FirstStep.Kind.INVITE_TEACHERS, invited),
                // Answered requests count only once people could ask: after the first invitation.
                new FirstStep(FirstStep.Kind.JOIN_REQUESTS, invited
                        && joinRequests.findPendingRequests(actor.accountId()).isEmpty()));
    }
}
