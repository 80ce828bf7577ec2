package ru.parta.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tab's live connection as live.js keeps it, without the browser: follows the person's own topic
 * as the page frame does (and fetches the screen's changes when told), the open chat from the
 * position its page was given, drops frames numbered at or below the last it saw, and after the
 * connection breaks (a server restart) connects again with its ticket and asks for what came after
 * that number, or, past what the server remembers, after the last message id it has. Markers
 * {@code #B<n>#} in "posted" frames are reported as deliveries.
 */
final class LiveLink implements WebSocket.Listener {

    private static final Pattern DATA = Pattern.compile("^\\{\"t\":\"([a-z]+:\\d+)\",\"s\":(\\d+),\"k\":\"([a-z]+)\"");
    private static final Pattern CONTROL = Pattern.compile(
            "^\\{\"t\":\"([^\"]+)\",\"k\":\"([a-z]+)\"(?:,\"e\":\"([^\"]+)\",\"s\":(\\d+))?");
    private static final Pattern ANSWER = Pattern.compile("^\\{\"k\":\"answer\",\"key\":\"([^\"]+)\"");
    private static final Pattern MESSAGE_ID = Pattern.compile("\"d\":\\{\"id\":(\\d+)");

    interface Arrivals {
        void arrived(int marker, long nanos);
    }

    private final HttpClient http;
    private final int port;
    private final Arrivals arrivals;
    private final StringBuilder partial = new StringBuilder();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicInteger repeated = new AtomicInteger();
    private final java.util.Set<Long> shown = new java.util.HashSet<>();
    private final java.util.Map<String, java.util.concurrent.CompletableFuture<String>> answers =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile WebSocket socket;
    private volatile boolean closing;
    private volatile boolean reading = true;
    private volatile boolean signedOut;
    private String ticket;
    private String topic;
    private String epoch;
    private long seq;
    private long cursor;
    private boolean catchingUp;
    // The page frame's follow of the person's own topic, and the tab's name in its "sync" frames.
    private String ownTopic;
    private String ownEpoch;
    private long ownSeq;
    private String tab;
    private Runnable onSync = () -> { };

    LiveLink(HttpClient http, int port, Arrivals arrivals) {
        this.http = http;
        this.port = port;
        this.arrivals = arrivals;
    }

    /** Follows a topic from where the page said it stood; {@code cursor} is the last message id the page shows. */
    synchronized void follow(String ticket, String topic, String epoch, long seq, long cursor) throws Exception {
        if (this.topic != null && !this.topic.equals(topic) && socket != null) {
            socket.sendText("{\"op\":\"leave\",\"topic\":\"" + this.topic + "\"}", true).join();
        }
        this.ticket = ticket;
        this.topic = topic;
        this.epoch = epoch;
        this.seq = seq;
        this.cursor = cursor;
        this.catchingUp = false;
        if (socket == null) {
            connect();
        } else {
            socket.sendText(request(), true).join();
        }
    }

    /**
     * As the page frame does on every signed-in page: follows the person's own topic, on which the
     * server asks this tab to fetch its screen's changes ({@code onSync}: there is no Vaadin push).
     */
    synchronized void frame(String ticket, String tab, String topic, String epoch, long seq, Runnable onSync)
            throws Exception {
        this.ticket = ticket;
        this.tab = tab;
        this.ownTopic = topic;
        this.ownEpoch = epoch;
        this.ownSeq = seq;
        this.onSync = onSync;
        if (socket == null) {
            connect();
        } else {
            socket.sendText(ownRequest(), true).join();
        }
    }

    /**
     * As chat.js sends a message of text alone: a "post" on the live connection; the answer frame,
     * or null when there is no connection or it broke before the answer (the page then sends the
     * Vaadin way, under the same key).
     */
    String post(String key, String request) throws InterruptedException {
        WebSocket open = socket;
        if (open == null) {
            return null;
        }
        java.util.concurrent.CompletableFuture<String> answer = new java.util.concurrent.CompletableFuture<>();
        answers.put(key, answer);
        try {
            synchronized (this) {
                open.sendText(request, true).join();
            }
            return answer.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                 | java.util.concurrent.CompletionException lost) {
            return null;
        } finally {
            answers.remove(key);
        }
    }

    /** As live.js every 25 s: keeps the connection from timing out while nothing happens. */
    void ping() {
        WebSocket open = socket;
        if (open == null) {
            return;
        }
        try {
            synchronized (this) {
                open.sendText("{\"op\":\"ping\"}", true).join();
            }
        } catch (java.util.concurrent.CompletionException | IllegalStateException broken) {
            // The connection went meanwhile; it reconnects by itself.
        }
    }

    /** The chat was left for another screen. */
    synchronized void leave() {
        if (topic != null && socket != null) {
            socket.sendText("{\"op\":\"leave\",\"topic\":\"" + topic + "\"}", true);
        }
        topic = null;
    }

    synchronized String ticket() {
        return ticket;
    }

    /** Messages that came again after the page re-followed from an earlier position, and were not drawn twice. */
    int repeated() {
        return repeated.get();
    }

    int reconnects() {
        return reconnects.get();
    }

    boolean isConnected() {
        return socket != null;
    }

    private void connect() throws Exception {
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/live?ticket="
                        + URLEncoder.encode(ticket, StandardCharsets.UTF_8)), this).get(60, TimeUnit.SECONDS);
        if (ownTopic != null) {
            socket.sendText(ownRequest(), true).join();
        }
        if (topic != null) {
            socket.sendText(request(), true).join();
        }
    }

    private synchronized String ownRequest() {
        return "{\"op\":\"follow\",\"topic\":\"" + ownTopic + "\",\"epoch\":\"" + ownEpoch + "\",\"seq\":" + ownSeq
                + ",\"cursor\":0,\"reading\":false}";
    }

    private synchronized String request() {
        return "{\"op\":\"follow\",\"topic\":\"" + topic + "\",\"epoch\":\"" + epoch + "\",\"seq\":" + seq
                + ",\"cursor\":" + cursor + ",\"reading\":true}";
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received(partial.toString(), System.nanoTime());
            partial.setLength(0);
        }
        if (reading) {
            webSocket.request(1);
        }
        return null;
    }

    private void received(String frame, long nanos) {
        Matcher answer = ANSWER.matcher(frame);
        if (answer.find()) {
            java.util.concurrent.CompletableFuture<String> waiting = answers.get(answer.group(1));
            if (waiting != null) {
                waiting.complete(frame);
            }
            return;
        }
        receivedOnTopic(frame, nanos);
    }

    private synchronized void receivedOnTopic(String frame, long nanos) {
        Matcher data = DATA.matcher(frame);
        if (data.find()) {
            if (data.group(1).equals(ownTopic)) {
                long number = Long.parseLong(data.group(2));
                if (number > ownSeq) {
                    ownSeq = number;
                    if ("sync".equals(data.group(3)) && frame.contains("\"tab\":\"" + tab + "\"")) {
                        Thread.ofVirtual().start(onSync);
                    }
                }
                return;
            }
            if (!data.group(1).equals(topic)) {
                return;
            }
            long number = Long.parseLong(data.group(2));
            if (number > seq) {
                seq = number;
                catchingUp = false;
            } else if (!(catchingUp && number == seq)) {
                return;
            }
            if ("posted".equals(data.group(3))) {
                Matcher id = MESSAGE_ID.matcher(frame);
                if (id.find(data.end())) {
                    long messageId = Long.parseLong(id.group(1));
                    cursor = Math.max(cursor, messageId);
                    // As the page: a message drawn already is not drawn again (a re-opened screen
                    // follows from its own, earlier position).
                    if (!shown.add(messageId)) {
                        repeated.incrementAndGet();
                        return;
                    }
                }
                Matcher mark = VaadinClient.MARK.matcher(frame);
                while (mark.find()) {
                    arrivals.arrived(Integer.parseInt(mark.group(1)), nanos);
                }
            }
            return;
        }
        Matcher control = CONTROL.matcher(frame);
        if (control.find() && control.group(3) != null) {
            // "followed": the frames after the asked-for number come next; "reset": a catch-up does.
            boolean reset = "reset".equals(control.group(2));
            if (control.group(1).equals(topic)) {
                epoch = control.group(3);
                seq = reset ? Long.parseLong(control.group(4)) : seq;
                catchingUp = reset;
            } else if (control.group(1).equals(ownTopic)) {
                ownEpoch = control.group(3);
                ownSeq = reset ? Long.parseLong(control.group(4)) : ownSeq;
            }
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        broken(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        broken(-1);
    }

    /** As live.js: reconnect after a short, random wait, unless the session ended or the tab closed. */
    private void broken(int code) {
        socket = null;
        answers.values().forEach(waiting -> waiting.completeExceptionally(new java.io.IOException("connection broke")));
        if (closing || code == 4001) {
            signedOut = code == 4001;
            return;
        }
        reconnects.incrementAndGet();
        Thread.ofVirtual().start(() -> {
            for (int attempt = 0; attempt < 120 && !closing; attempt++) {
                try {
                    Thread.sleep(250 + ThreadLocalRandom.current().nextInt(750));
                    connect();
                    return;
                } catch (Exception notYet) {
                    socket = null;
                }
            }
        });
    }

    boolean signedOut() {
        return signedOut;
    }

    void close() {
        closing = true;
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }
}
