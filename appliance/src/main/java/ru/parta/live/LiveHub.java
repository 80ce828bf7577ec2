package ru.parta.live;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.access.Actor;
import ru.parta.access.SessionService;
import ru.parta.access.SessionsEnded;
import ru.parta.base.InternalStep;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.Topic;

/**
 * The live connections of every open tab and the topics they follow. A feature publishes a
 * change to a topic once ({@link #publish}); the topic's {@link TopicLine} numbers it, turns it into
 * one frame and writes those same bytes to each follower's queue. Who may follow a topic is the
 * feature's to say ({@link LiveTopics}), checked on every follow and again when the person's access
 * changes ({@link #recheckAccess}); a session that ends closes its tabs' connections at once.
 */
@Singleton
public class LiveHub {

    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);
    private static final Pattern TOPIC = Pattern.compile("([a-z]{1,20}):(\\d{1,18})");
    private static final Pattern TAB = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(2);
    /** Requests refused in a row (over the allowance) before the tab is closed. */
    private static final int REFUSALS_BEFORE_CLOSE = 1_000;
    private static final String DEVICE_SESSION = "device";

    private final Map<String, LiveTopics> kinds = new HashMap<>();
    private final SessionService sessions;
    private final CommandTurns commands;
    private final LiveProperties properties;
    private final List<LiveDevices> devices;
    private final ConcurrentHashMap<Topic, TopicLine> lines = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Set<LiveConnection>> byAccount = new ConcurrentHashMap<>();
    // A new value each start, and each line its own: a tab's memory of an older line is never mistaken for this one's.
    private final String boot = Long.toString(new java.security.SecureRandom().nextLong() >>> 1, 36) + "-";
    private final AtomicLong lineCount = new AtomicLong();

    LiveHub(List<LiveTopics> topics, CommandTurns commands, SessionService sessions, LiveProperties properties,
            EventBus events, List<LiveDevices> devices) {
        this.devices = devices;
        topics.forEach(kind -> kinds.put(kind.kind(), kind));
        this.sessions = sessions;
        this.commands = commands;
        this.properties = properties;
        events.subscribe(SessionsEnded.class, e -> endSessions(e.accountId(), e.sessionIds()));
    }

    /** Where {@code topic} stands now; a screen takes this before it reads what it shows. */
    public LivePosition findPosition(Topic topic) {
        return line(topic).position();
    }

    /**
     * One change, published after the commit that made it: numbered and made into a frame once,
     * written to every follower. A topic nobody follows or has asked about costs a map look-up, and
     * its frame is not even made.
     */
    @InternalStep("features publish from their after-commit event subscribers; it writes to sockets, not data")
    public void publish(Topic topic, Supplier<LiveFrame> frame) {
        TopicLine line = lines.get(topic);
        if (line == null) {
            return;
        }
        LiveFrame made = frame.get();
        while (line != null && !line.publish(made.kind(), made.json())) {
            line = lines.get(topic);
        }
    }

    /**
     * Tells one of the actor's tabs to fetch what changed on its screen. Vaadin keeps no push
     * connection of its own (a second socket per tab, docs/performance.md): a change made off the
     * tab's own request (an import's progress, a list another person changed) is fetched by the tab
     * when this "sync" frame reaches it on the person's own topic.
     */
    public void nudgeTab(Actor actor, String tab) {
        if (!TAB.matcher(tab).matches()) {
            throw new IllegalArgumentException("not a tab name: " + tab);
        }
        publish(Topic.person(actor.accountId()), () -> new LiveFrame("sync", "{\"tab\":\"" + tab + "\"}"));
    }

    /** Whether any tab follows the topic now: a publisher may skip making a frame nobody gets. */
    public boolean isFollowed(Topic topic) {
        TopicLine line = lines.get(topic);
        return line != null && line.isFollowed();
    }

    /** The accounts whose tabs read the topic now (an open chat), for read pointers. */
    public long[] findReaders(Topic topic) {
        TopicLine line = lines.get(topic);
        return line == null ? new long[0] : line.readers();
    }

    /**
     * Checks again every topic the person's tabs follow, after something changed what they may
     * read (they left a chat); a topic no longer theirs is left with an "ended" frame.
     */
    @InternalStep("features call it from their after-commit event subscribers; it only takes access away")
    public void recheckAccess(long accountId) {
        for (LiveConnection connection : byAccount.getOrDefault(accountId, Set.of())) {
            synchronized (connection.follows) {
                connection.following.forEach((topic, line) -> {
                    if (!kinds.get(topic.kind()).mayFollow(accountId, topic)) {
                        line.leave(connection);
                        connection.following.remove(topic);
                        connection.offer(Frames.about(line.name, "ended"));
                    }
                });
            }
        }
    }

    /** A tab connected with the session it signed in with; null if that session no longer stands. */
    LiveConnection open(long accountId, String sessionId, Locale language, LiveSocket socket) {
        if (!sessions.checkSession(sessionId, accountId)) {
            return null;
        }
        LiveConnection connection = new LiveConnection(accountId, sessionId, language, socket, this, properties);
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(connection);
        return connection;
    }

    /** A display connected with the credential its cookie carries (checked by the handshake just now). */
    LiveConnection openDevice(long deviceId, Locale language, LiveSocket socket) {
        long follower = LiveDevices.follower(deviceId);
        LiveConnection connection = new LiveConnection(follower, DEVICE_SESSION, language, socket, this, properties);
        byAccount.computeIfAbsent(follower, id -> ConcurrentHashMap.newKeySet()).add(connection);
        devices.forEach(kind -> kind.connected(deviceId));
        return connection;
    }

    /** Whether the device has a connection open now. */
    public boolean isDeviceConnected(long deviceId) {
        return !byAccount.getOrDefault(LiveDevices.follower(deviceId), Set.of()).isEmpty();
    }

    /**
     * Ends a device's connections (it was revoked): its page hears "signed out" and shows the
     * pairing screen again instead of reconnecting.
     */
    @InternalStep("the display feature, after commit of revoking a display")
    public void endDevice(long deviceId) {
        for (LiveConnection connection : byAccount.getOrDefault(LiveDevices.follower(deviceId), Set.of())) {
            closed(connection);
            connection.close(LiveConnection.SIGNED_OUT, "revoked");
        }
    }

    /** Checks again every topic a device follows, after what it shows changed. */
    @InternalStep("the display feature, after commit of a change of what a display shows")
    public void recheckDevice(long deviceId) {
        recheckAccess(LiveDevices.follower(deviceId));
    }

    void receive(LiveConnection connection, LiveRequest request) {
        if (!connection.allows()) {
            if (connection.refusedInARow() == 1) {
                connection.offer(Frames.plain("limited"));
            }
            if (connection.refusedInARow() == REFUSALS_BEFORE_CLOSE + 1) {
                LOG.warn("Closed a live connection of account {}: it kept asking past its allowance",
                        connection.accountId);
                connection.close(LiveConnection.TOO_MANY, "too many requests");
            }
            return;
        }
        switch (request.op() == null ? "" : request.op()) {
            case "follow" -> follow(connection, request);
            case "leave" -> leave(connection, request.topic());
            case "ping" -> connection.offer(Frames.plain("pong"));
            default -> {
                long device = LiveDevices.deviceOf(connection.accountId);
                if (device > 0) {
                    // A device reports (what it shows); it runs no person's commands.
                    devices.forEach(kind -> kind.report(device, request.op(), request.text() == null ? "" : request.text()));
                } else {
                    commands.run(connection, request);
                }
            }
        }
    }

    private void follow(LiveConnection connection, LiveRequest request) {
        Topic topic = parse(request.topic());
        LiveTopics kind = topic == null ? null : kinds.get(topic.kind());
        boolean tooMany = topic != null && !connection.following.containsKey(topic)
                && connection.following.size() >= properties.getTopicsPerTab();
        if (kind == null || tooMany || !kind.mayFollow(connection.accountId, topic)) {
            // A forged or stale id, or one too many: nothing of the topic is sent.
            LOG.warn("Refused account {} to follow {}{}", connection.accountId, request.topic(),
                    tooMany ? " (too many topics)" : "");
            connection.offer(Frames.about(topic == null ? "?" : Frames.name(topic), "refused"));
            return;
        }
        Follow follow = new Follow(connection, Boolean.TRUE.equals(request.reading()));
        long after = request.seq() == null ? -1 : request.seq();
        long cursor = request.cursor() == null ? 0 : request.cursor();
        // A change of access checks this tab's follows under the same lock: it sees this one whole or not at all.
        synchronized (connection.follows) {
            TopicLine line = line(topic);
            while (!line.join(follow, request.epoch(), after, () -> kind.catchUp(connection.accountId, topic, cursor))) {
                line = line(topic);
            }
            connection.following.put(topic, line);
        }
    }

    private void leave(LiveConnection connection, String name) {
        Topic topic = parse(name);
        TopicLine line = topic == null ? null : connection.following.remove(topic);
        if (line != null) {
            line.leave(connection);
        }
    }

    /** The tab's socket closed (by either side): it leaves everything it followed. */
    void closed(LiveConnection connection) {
        connection.following.forEach((topic, line) -> line.leave(connection));
        connection.following.clear();
        boolean[] removed = new boolean[1];
        byAccount.computeIfPresent(connection.accountId, (id, set) -> {
            removed[0] = set.remove(connection);
            return set.isEmpty() ? null : set;
        });
        long device = LiveDevices.deviceOf(connection.accountId);
        if (removed[0] && device > 0) {
            devices.forEach(kind -> kind.disconnected(device));
        }
    }

    /**
     * A tab's queue overflowed while a line was writing to it, under that line's lock: dropping it
     * means leaving its other lines, whose locks another publisher may hold while waiting for this
     * one. So the socket is cut and the tab's follows are let go on a thread of their own.
     */
    void fellBehind(LiveConnection connection, LiveSocket socket) {
        LOG.info("Dropped a live connection of account {} that fell behind; it will reconnect and catch up",
                connection.accountId);
        Thread.ofVirtual().name("parta-live-drop").start(() -> {
            socket.abort();
            closed(connection);
        });
    }

    private void endSessions(long accountId, Set<String> sessionIds) {
        for (LiveConnection connection : byAccount.getOrDefault(accountId, Set.of())) {
            if (sessionIds.contains(connection.sessionId)) {
                closed(connection);
                connection.close(LiveConnection.SIGNED_OUT, "session ended");
            }
        }
    }

    private TopicLine line(Topic topic) {
        return lines.computeIfAbsent(topic, t -> new TopicLine(t, boot + lineCount.incrementAndGet(),
                properties.getRememberedFrames()));
    }

    /** Lines nobody has followed for two minutes are forgotten; a tab coming back later catches up from the database. */
    @Scheduled(fixedDelay = "60s", initialDelay = "60s")
    void forgetQuietLines() {
        lines.forEach((topic, line) -> {
            if (line.retireIfQuiet(QUIET_NANOS)) {
                lines.remove(topic, line);
            }
        });
    }

    /** Tells every tab the server is going away; they reconnect when it is back and resume. */
    @PreDestroy
    void closeAll() {
        byAccount.values().forEach(set -> set.forEach(c -> c.close(LiveConnection.GOING_AWAY, "server stopping")));
        byAccount.clear();
    }

    /** People (not displays) with at least one open tab now, for the console's status. */
    public int countPeopleOnline() {
        return (int) byAccount.entrySet().stream().filter(e -> e.getKey() > 0 && !e.getValue().isEmpty()).count();
    }

    /** Open connections and followed topics, for the status page and the benchmark. */
    public String describe() {
        int connections = byAccount.values().stream().mapToInt(Set::size).sum();
        long followed = lines.values().stream().filter(TopicLine::isFollowed).count();
        return connections + " live connections, " + followed + " followed topics";
    }

    static Topic parse(String name) {
        Matcher matcher = name == null ? null : TOPIC.matcher(name);
        return matcher != null && matcher.matches() ? new Topic(matcher.group(1), Long.parseLong(matcher.group(2))) : null;
    }
}
