package ru.parta.console;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoServiceEventListener;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.AccountChanged;
import ru.parta.access.AccountService;
import ru.parta.access.AccountStatus;
import ru.parta.base.BesideStart;
import ru.parta.access.AccountSummary;
import ru.parta.access.Role;
import ru.parta.base.DataDirectory;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;

/**
 * The embedded SSH server: host key made on first start and kept in the data directory, public
 * keys only, the allowed address ranges checked before a byte of SSH is spoken, the console for
 * shells and one-off commands, SFTP on the same port. An administrator who is disabled or loses
 * the role has their sessions closed the moment the change is committed.
 */
@Singleton
public class ConsoleServer {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);

    private final ConsoleProperties properties;
    private final Path dataDir;
    private final AccountService accounts;
    private final ConsoleKeyService keys;
    private final ConsoleCommands commands;
    private final ConsoleFiles files;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private final Map<Long, Set<ServerSession>> sessionsByAccount = new ConcurrentHashMap<>();
    private SshServer server;
    private EventBus.Subscription accountChanges;
    private volatile CompletableFuture<Void> starting;

    ConsoleServer(ConsoleProperties properties, DataDirectory dataDirectory, AccountService accounts,
                  ConsoleKeyService keys, ConsoleCommands commands, ConsoleFiles files, AuditLog auditLog,
                  EventBus events, Clock clock) {
        this.properties = properties;
        this.dataDir = dataDirectory.root();
        this.accounts = accounts;
        this.keys = keys;
        this.commands = commands;
        this.files = files;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!properties.isEnabled()) {
            LOG.info("The SSH console is switched off (parta.console.enabled=false)");
            return;
        }
        // The school's pages need not wait for the console (BesideStart); a failed start only logs, as before.
        starting = BesideStart.run("console-start", this::start).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("The SSH console could not start", failure);
            }
        });
    }

    synchronized void start() {
        AddressRanges allowed = AddressRanges.parse(properties.getAllowedAddresses());
        SshServer ssh = SshServer.setUpDefaultServer();
        ModernAlgorithms.apply(ssh);
        ssh.setHost(properties.getHost());
        ssh.setPort(properties.getPort());
        ssh.setKeyPairProvider(hostKey());
        ssh.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory()));
        ssh.setPasswordAuthenticator(null);
        ssh.setKeyboardInteractiveAuthenticator(null);
        ssh.setGSSAuthenticator(null);
        ssh.setHostBasedAuthenticator(null);
        SignInThrottle throttle = new SignInThrottle(properties.getFailureLimit(), properties.getFailureWindow(),
                properties.getLockDuration(), clock);
        ssh.setPublickeyAuthenticator(new KeyAuthenticator(accounts, keys,
                new AuthorizedKeysFile(Path.of(properties.getAuthorizedKeys()).toAbsolutePath()), throttle, auditLog));
        ssh.setShellFactory(channel -> new ConsoleShell(commands));
        ssh.setCommandFactory((channel, line) -> new ConsoleExec(commands, line));
        ssh.setSubsystemFactories(List.of(files.subsystem()));
        ssh.setFileSystemFactory(files.fileSystems());
        CoreModuleProperties.IDLE_TIMEOUT.set(ssh, properties.getIdleTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(ssh, java.time.Duration.ofSeconds(60));
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(ssh, 6);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(ssh, "Parta");
        ssh.setIoServiceEventListener(new IoServiceEventListener() {
            @Override
            public void connectionAccepted(IoAcceptor acceptor, SocketAddress local, SocketAddress remote,
                                           SocketAddress service) throws IOException {
                if (remote instanceof InetSocketAddress inet && !allowed.allows(inet.getAddress())) {
                    LOG.warn("Console connection from {} refused: not in parta.console.allowed-addresses",
                            KeyAuthenticator.addressOf(remote));
                    throw new IOException("Address not allowed");
                }
            }
        });
        ssh.addSessionListener(new SessionListener() {
            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.Authenticated && session instanceof ServerSession serverSession) {
                    ConsoleIdentity who = serverSession.getAttribute(KeyAuthenticator.IDENTITY);
                    if (who != null) {
                        sessionsByAccount.computeIfAbsent(who.accountId(), id -> ConcurrentHashMap.newKeySet())
                                .add(serverSession);
                        auditLog.recordEvent("console.signedIn", who.accountId(), who.fingerprint(), who.address());
                        LOG.info("Console session for {} ({}) from {}", who.login(), who.fingerprint(), who.address());
                    }
                }
            }

            @Override
            public void sessionClosed(Session session) {
                ConsoleIdentity who = session.getAttribute(KeyAuthenticator.IDENTITY);
                if (who != null) {
                    Set<ServerSession> open = sessionsByAccount.get(who.accountId());
                    if (open != null) {
                        open.remove(session);
                    }
                }
            }
        });
        accountChanges = events.subscribe(AccountChanged.class, changed -> endIfNoLongerAdmin(changed.account()));
        try {
            ssh.start();
        } catch (IOException e) {
            // The school keeps working without its console; the log says why.
            LOG.error("The SSH console could not start on port {}: {}", properties.getPort(), e.toString());
            accountChanges.close();
            return;
        }
        server = ssh;
        LOG.info("SSH console listening on {}:{}", properties.getHost(), ssh.getPort());
    }

    private SimpleGeneratorHostKeyProvider hostKey() {
        Path directory = dataDir.resolve("ssh");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(directory.resolve("host-key-ed25519"));
        provider.setAlgorithm("EdDSA");
        return provider;
    }

    private void endIfNoLongerAdmin(AccountSummary account) {
        boolean mayStay = account.enabled() && account.status() == AccountStatus.ACTIVE && account.hasRole(Role.ADMIN);
        Set<ServerSession> open = sessionsByAccount.get(account.id());
        if (!mayStay && open != null && !open.isEmpty()) {
            LOG.info("Closing the console sessions of {}: no longer an administrator who can sign in", account.login());
            for (ServerSession session : List.copyOf(open)) {
                session.close(true);
            }
            open.clear();
        }
    }

    /** The port listened on (the one given by the system when the settings say 0); -1 when it is not listening. */
    public int getPort() {
        awaitStart();
        synchronized (this) {
            return server == null ? -1 : server.getPort();
        }
    }

    /** Outside the lock: the start being awaited takes it. */
    private void awaitStart() {
        CompletableFuture<Void> pending = starting;
        if (pending != null) {
            pending.exceptionally(failure -> null).join();
        }
    }

    @PreDestroy
    void stop() {
        awaitStart();
        stopListening();
    }

    private synchronized void stopListening() {
        if (accountChanges != null) {
            accountChanges.close();
        }
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                LOG.warn("The SSH console did not stop cleanly", e);
            }
            server = null;
        }
    }
}
