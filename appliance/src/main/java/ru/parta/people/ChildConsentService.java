package ru.parta.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.access.AccountSummary;
import ru.parta.access.Actor;
import ru.parta.access.ConsentRecord;
import ru.parta.access.Consents;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * Consent for children linked to a parent after the parent's own activation or approval (152-FZ:
 * a parent consents for each minor whose data the school processes on the platform). Activation
 * records consent for the children linked then; a child an administrator links later has none,
 * so the parent is asked at their next sign-in, and nothing else opens until they answer.
 */
@Singleton
public class ChildConsentService {

    private final GuardianshipRepository guardianships;
    private final Consents consents;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Permissions permissions;

    ChildConsentService(GuardianshipRepository guardianships, Consents consents, AccountService accounts,
                        AuditLog auditLog, EventBus events, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.guardianships = guardianships;
        this.consents = consents;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The active parent's linked children they have not yet consented for, by name. */
    public List<AccountSummary> findChildrenAwaitingConsent(long parentId) {
        AccountSummary parent = accounts.findAccount(parentId).orElse(null);
        if (parent == null || parent.status() != AccountStatus.ACTIVE) {
            return List.of();
        }
        List<Long> children = guardianships.findChildIdByParentId(parentId);
        if (children.isEmpty()) {
            return List.of();
        }
        Set<Long> consented = consents.findConsents(parentId).stream().map(ConsentRecord::subjectAccountId)
                .collect(Collectors.toSet());
        Set<Long> awaiting = new HashSet<>(children);
        awaiting.removeAll(consented);
        return accounts.findPeople(awaiting).values().stream()
                .sorted(Comparator.comparing(AccountSummary::fullName)).toList();
    }

    /** The parent themself consents, with the current text, for the children shown to them. */
    @Transactional
    public void giveConsent(Actor actor, Set<Long> childIds, String clientAddress) {
        permissions.requirePerson(actor);
        long parentId = actor.accountId();
        Set<Long> awaiting = findChildrenAwaitingConsent(parentId).stream().map(AccountSummary::id)
                .collect(Collectors.toSet());
        if (childIds.isEmpty() || !awaiting.containsAll(childIds)) {
            throw PartaException.invalid("consent.children.changed");
        }
        consents.recordConsent(parentId, childIds, Consent.CURRENT_VERSION, clock.instant(), clientAddress);
        auditLog.recordEvent("consent.given", parentId, parentId + " " + childIds, clientAddress);
        events.publish(new PeopleChanged());
    }
}
