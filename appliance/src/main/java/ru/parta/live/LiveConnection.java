package ru.parta.live;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.parta.base.event.Topic;

/**
 * One tab's live connection: who it is (account and the session it signed in with), what it
 * follows, and the frames waiting to be written. One write is in flight at a time; the rest wait
 * in a queue bounded by frames and bytes. A tab that falls that far behind (it does not read) is
 * dropped: its queue never grows the server's memory, and the fan-out to the others never waits
 * for it. The browser then reconnects and resumes.
 */
final class LiveConnection {

    /** The server is stopping or restarting: reconnect and resume. */
    static final int GOING_AWAY = 1001;
    /** The session ended (signed out, disabled): do not reconnect; the page signs in again. */
    static final int SIGNED_OUT = 4001;
    /** Too many requests: reconnect later. */
    static final int TOO_MANY = 4029;
    /** Commands of one tab waiting for their turn (an outbox sent at once after a reconnect). */
    private static final int MAX_WAITING_COMMANDS = 100;

    final long accountId;
    final String sessionId;
    /** The tab's language, for refusals in words. */
    final Locale language;
    final Map<Topic, TopicLine> following = new ConcurrentHashMap<>();
    /** Held while a follow joins or a change of access checks the follows (never while writing). */
    final Object follows = new Object();
    private final LiveSocket socket;
    private final LiveHub hub;
    private final int maxFrames;
    private final int maxBytes;
    private final RequestAllowance allowance;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private int queuedBytes;
    private boolean writing;
    private boolean writeDone;
    private boolean writeAsync;
    private boolean closed;
    private int refusedInARow;
    private final ArrayDeque<Runnable> commands = new ArrayDeque<>();
    private boolean commanding;

    LiveConnection(long accountId, String sessionId, Locale language, LiveSocket socket, LiveHub hub,
                   LiveProperties properties) {
        this.accountId = accountId;
        this.sessionId = sessionId;
        this.language = language;
        this.socket = socket;
        this.hub = hub;
        this.maxFrames = properties.getQueueFrames();
        this.maxBytes = properties.getQueueBytes();
        this.allowance = new RequestAllowance(properties.getRequestsPerSecond(), properties.getRequestBurst());
    }

    /**
     * Runs a tab's commands one after the other, in the order they came, off the socket's thread
     * (a post waits for the database). False when too many wait already.
     */
    boolean runInTurn(Runnable command) {
        synchronized (commands) {
            if (commands.size() >= MAX_WAITING_COMMANDS) {
                return false;
            }
            commands.add(command);
            if (commanding) {
                return true;
            }
            commanding = true;
        }
        Thread.ofVirtual().name("parta-live-command").start(() -> {
            while (true) {
                Runnable next;
                synchronized (commands) {
                    next = commands.poll();
                    if (next == null) {
                        commanding = false;
                        return;
                    }
                }
                next.run();
            }
        });
        return true;
    }

    /** Queues a frame for writing; never blocks and never waits for the network. */
    void offer(byte[] frame) {
        boolean overflow;
        synchronized (this) {
            if (closed) {
                return;
            }
            overflow = queue.size() >= maxFrames || queuedBytes + frame.length > maxBytes;
            if (overflow) {
                closed = true;
                queue.clear();
                queuedBytes = 0;
            } else {
                queue.add(frame);
                queuedBytes += frame.length;
                if (writing) {
                    return;
                }
                writing = true;
            }
        }
        if (overflow) {
            hub.fellBehind(this, socket);
            return;
        }
        drain();
    }

    /**
     * Writes queued frames one after another. A write that completes at once continues the loop
     * here; one that completes later continues it on the thread that completed it. So a long queue
     * never deepens the stack.
     */
    private void drain() {
        while (true) {
            byte[] next;
            synchronized (this) {
                next = closed ? null : queue.poll();
                if (next == null) {
                    writing = false;
                    return;
                }
                queuedBytes -= next.length;
                writeDone = false;
                writeAsync = false;
            }
            socket.send(next, this::written);
            synchronized (this) {
                if (!writeDone) {
                    writeAsync = true;
                    return;
                }
            }
        }
    }

    private void written(Throwable failure) {
        boolean continueHere;
        synchronized (this) {
            writeDone = true;
            if (failure != null) {
                closed = true;
                queue.clear();
                queuedBytes = 0;
                writing = false;
                return;
            }
            continueHere = writeAsync;
        }
        if (continueHere) {
            drain();
        }
    }

    /** Takes one request from the tab's allowance; false (and counted) when it has none left. */
    synchronized boolean allows() {
        refusedInARow = allowance.take() ? 0 : refusedInARow + 1;
        return refusedInARow == 0;
    }

    synchronized int refusedInARow() {
        return refusedInARow;
    }

    void close(int code, String reason) {
        synchronized (this) {
            closed = true;
            queue.clear();
            queuedBytes = 0;
        }
        socket.close(code, reason);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized int queued() {
        return queue.size();
    }
}
