package ru.parta.console;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.access.Role;
import ru.parta.base.DisplayText;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;

/**
 * The console keys administrators keep in their profile: each signs in as its owner only. A key
 * can belong to one person (the same key for two would make the audit trail lie).
 */
@Singleton
public class ConsoleKeyService {

    static final int MAX_KEYS = 10;

    private final ConsoleKeyRepository keys;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final Clock clock;

    ConsoleKeyService(ConsoleKeyRepository keys, Permissions permissions, AuditLog auditLog, Clock clock) {
        this.keys = keys;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public ConsoleKey addConsoleKey(String label, String publicKeyText, Actor actor) {
        permissions.requireAnyRole(actor, Role.ADMIN);
        if (actor.isSystem()) {
            throw PartaException.forbidden("permission.denied");
        }
        ConsoleKeys.Parsed parsed = ConsoleKeys.parse(publicKeyText);
        String name = DisplayText.name(label == null ? "" : label);
        if (name.isEmpty()) {
            name = parsed.fingerprint();
        }
        if (name.length() > 100) {
            throw PartaException.invalid("console.key.labelTooLong", 100);
        }
        if (keys.findByFingerprint(parsed.fingerprint()).isPresent()) {
            throw PartaException.conflict("console.key.known");
        }
        if (keys.findByAccountIdOrderById(actor.accountId()).size() >= MAX_KEYS) {
            throw PartaException.limit("console.key.tooMany", MAX_KEYS);
        }
        ConsoleKey saved = keys.save(new ConsoleKey(null, actor.accountId(), name, parsed.line(), parsed.fingerprint(),
                clock.instant(), null));
        auditLog.recordEvent("console.keyAdded", actor.auditId(), parsed.fingerprint(), null);
        return saved;
    }

    @Transactional
    public void removeConsoleKey(long keyId, Actor actor) {
        permissions.requirePerson(actor);
        ConsoleKey key = keys.findById(keyId).filter(k -> k.accountId() == actor.accountId())
                .orElseThrow(() -> PartaException.notFound("console.key.notFound"));
        keys.delete(key);
        auditLog.recordEvent("console.keyRemoved", actor.auditId(), key.fingerprint(), null);
    }

    public List<ConsoleKey> readConsoleKeys(Actor actor) {
        permissions.requirePerson(actor);
        return keys.findByAccountIdOrderById(actor.accountId());
    }

    /** The registered key with this fingerprint, for the SSH server's sign-in check. */
    java.util.Optional<ConsoleKey> findByFingerprint(String fingerprint) {
        return keys.findByFingerprint(fingerprint);
    }

    void noteUse(long keyId) {
        keys.used(keyId, clock.instant());
    }
}
