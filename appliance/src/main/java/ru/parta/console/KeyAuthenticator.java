package ru.parta.console;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.AccountService;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;

/**
 * Lets a key in when the user name is an administrator who can sign in now and the key is theirs
 * (registered in their profile) or in the box's {@code authorized_keys}. Every refusal counts
 * against the address; the session remembers who it is for the commands and the audit trail.
 */
final class KeyAuthenticator implements PublickeyAuthenticator {

    static final AttributeRepository.AttributeKey<ConsoleIdentity> IDENTITY = new AttributeRepository.AttributeKey<>();
    private static final Logger LOG = LoggerFactory.getLogger(KeyAuthenticator.class);

    private final AccountService accounts;
    private final ConsoleKeyService keys;
    private final AuthorizedKeysFile file;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;

    KeyAuthenticator(AccountService accounts, ConsoleKeyService keys, AuthorizedKeysFile file, SignInThrottle throttle,
                     AuditLog auditLog) {
        this.accounts = accounts;
        this.keys = keys;
        this.file = file;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        String address = addressOf(session.getClientAddress());
        if (throttle.isLocked(address)) {
            LOG.warn("Console sign-in refused: {} is paused after too many failures", address);
            return false;
        }
        String fingerprint;
        try {
            fingerprint = ConsoleKeys.accept(key).fingerprint();
        } catch (PartaException e) {
            return refuse(address, username, "unusable key type");
        }
        Optional<AccountSummary> admin = accounts.findAccountByLogin(username).filter(a -> a.hasRole(Role.ADMIN));
        if (admin.isEmpty()) {
            return refuse(address, username, "no administrator of that login can sign in");
        }
        Optional<ConsoleKey> registered = keys.findByFingerprint(fingerprint);
        boolean owned = registered.map(k -> k.accountId() == admin.get().id()).orElse(false);
        if (!owned && !file.contains(fingerprint)) {
            return refuse(address, username, "key " + fingerprint + " is not theirs");
        }
        throttle.succeed(address);
        registered.ifPresent(k -> keys.noteUse(k.id()));
        ConsoleIdentity identity = new ConsoleIdentity(admin.get().id(), admin.get().login(), fingerprint, address);
        session.setAttribute(IDENTITY, identity);
        return true;
    }

    private boolean refuse(String address, String username, String why) {
        LOG.warn("Console sign-in refused for \"{}\" from {}: {}", username, address, why);
        if (throttle.fail(address)) {
            LOG.warn("Console sign-ins from {} are paused after too many failures", address);
            auditLog.recordEvent("console.addressLocked", null, address, address);
        }
        return false;
    }

    static String addressOf(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
