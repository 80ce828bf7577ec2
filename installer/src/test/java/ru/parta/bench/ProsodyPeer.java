package ru.parta.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.jid.parts.Resourcepart;

/**
 * The peer: Debian's Prosody, started as its own process on 127.0.0.1 with a configuration of
 * the benchmark's (no TLS on loopback, anonymous sign-in, one MUC component), and N XMPP
 * clients (Smack) in one group room, driven the way the Parta clients are.
 */
final class ProsodyPeer implements AutoCloseable {

    static final Path PROSODY = Path.of("/usr/bin/prosody");
    private static final String DOMAIN = "bench.localhost";
    private static final String ROOM = "school@rooms." + DOMAIN;

    private final Process process;
    private final int port;
    private final List<XMPPTCPConnection> connections = new ArrayList<>();
    private final List<MultiUserChat> rooms = new ArrayList<>();

    private ProsodyPeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(PROSODY);
    }

    static ProsodyPeer start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("certs"));
        int port = ApplianceProcess.freePort();
        Path config = dir.resolve("prosody.cfg.lua");
        Files.writeString(config, String.join("\n",
                "pidfile = \"" + dir.resolve("prosody.pid") + "\"",
                "data_path = \"" + dir.resolve("data") + "\"",
                "certificates = \"" + dir.resolve("certs") + "\"",
                "run_as_root = true",
                "log = { info = \"" + dir.resolve("prosody.log") + "\" }",
                "interfaces = { \"127.0.0.1\" }",
                "c2s_ports = { " + port + " }",
                "c2s_direct_tls_ports = { }",
                "legacy_ssl_ports = { }",
                "s2s_ports = { }",
                "c2s_require_encryption = false",
                "modules_enabled = { \"roster\"; \"saslauth\"; \"disco\"; \"ping\"; \"posix\" }",
                "modules_disabled = { \"s2s\"; \"tls\"; \"offline\" }",
                "authentication = \"anonymous\"",
                "storage = \"internal\"",
                "VirtualHost \"" + DOMAIN + "\"",
                "Component \"rooms." + DOMAIN + "\" \"muc\"",
                "  restrict_room_creation = false",
                ""), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(PROSODY.toString(), "-F", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("console.log").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prosody exited while starting; see " + dir);
            }
            try (java.net.Socket probe = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                return new ProsodyPeer(process, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Prosody did not listen within 30 s");
    }

    long cpuMillis() throws IOException {
        return ApplianceProcess.cpuMillis(process.pid());
    }

    long rssBytes() throws IOException {
        return ApplianceProcess.statusField(process.pid(), "VmRSS") * 1024;
    }

    /** Connects {@code count} anonymous clients and puts them all in the room; the first creates it. */
    void join(int count, MemberDeliveries deliveries) throws Exception {
        SmackConfiguration.setDefaultReplyTimeout(60_000);
        EntityBareJid room = JidCreate.entityBareFrom(ROOM);
        connections.add(connect());
        MultiUserChat first = MultiUserChatManager.getInstanceFor(connections.getFirst()).getMultiUserChat(room);
        first.create(Resourcepart.from("member0")).makeInstant();
        rooms.add(first);
        listen(first, 0, deliveries);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<MultiUserChat>> joined = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int index = i;
                joined.add(pool.submit(() -> {
                    XMPPTCPConnection connection = connect();
                    synchronized (connections) {
                        connections.add(connection);
                    }
                    MultiUserChat chat = MultiUserChatManager.getInstanceFor(connection).getMultiUserChat(room);
                    chat.join(chat.getEnterConfigurationBuilder(Resourcepart.from("member" + index)).requestNoHistory()
                            .build());
                    listen(chat, index, deliveries);
                    return chat;
                }));
            }
            for (Future<MultiUserChat> chat : joined) {
                rooms.add(chat.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void listen(MultiUserChat chat, int index, MemberDeliveries deliveries) {
        chat.addMessageListener(message -> {
            long now = System.nanoTime();
            String body = message.getBody();
            if (body != null) {
                Matcher mark = VaadinClient.MARK.matcher(body);
                while (mark.find()) {
                    deliveries.arrived(index, Integer.parseInt(mark.group(1)), now);
                }
            }
        });
    }

    /** Posts as the room's first member; returns when the message left this client. */
    void send(String text) throws Exception {
        rooms.getFirst().sendMessage(text);
    }

    int members() {
        return rooms.size();
    }

    private XMPPTCPConnection connect() throws Exception {
        XMPPTCPConnection connection = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(DOMAIN).setHostAddress(InetAddress.getLoopbackAddress()).setPort(port)
                .setSecurityMode(SecurityMode.disabled).performSaslAnonymousAuthentication()
                .setConnectTimeout((int) Duration.ofSeconds(60).toMillis()).build());
        connection.connect().login();
        return connection;
    }

    /** Where the XMPP side tells its deliveries: by member index. */
    interface MemberDeliveries {
        void arrived(int member, int sequence, long nanos);
    }

    @Override
    public void close() throws InterruptedException {
        for (XMPPTCPConnection connection : connections) {
            connection.instantShutdown();
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
