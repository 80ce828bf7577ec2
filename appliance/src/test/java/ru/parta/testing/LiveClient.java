package ru.parta.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A browser tab's live connection without the browser, for tests: signs in over real HTTP (the
 * test sign-in of {@link TestSessionModule}), opens {@code /live} with the session cookie, and keeps
 * every frame it receives. A client made {@code reading(false)} never reads its socket.
 */
public final class LiveClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final List<String> all = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean reads;
    private WebSocket socket;
    public final String sessionId;

    private LiveClient(String sessionId, boolean reads) {
        this.sessionId = sessionId;
        this.reads = reads;
    }

    public static LiveClient connect(int port, long accountId) throws Exception {
        return connect(port, accountId, true, null);
    }

    /** @param origin the {@code Origin} a browser would send, or null for none */
    public static LiveClient connect(int port, long accountId, boolean reads, String origin) throws Exception {
        return connect(port, accountId, reads, origin, null);
    }

    /** @param language the language the page chose (its cookie), or null for none */
    public static LiveClient connect(int port, long accountId, boolean reads, String origin, String language)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + TestSessionModule.PATH + "?account=" + accountId)).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = signIn.headers().allValues("set-cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        LiveClient client = new LiveClient(signIn.body(), reads);
        if (language != null) {
            cookie += "; parta-lang=" + language;
        }
        WebSocket.Builder builder = http.newWebSocketBuilder().header("Cookie", cookie)
                .connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/live"), client)
                .get(10, TimeUnit.SECONDS);
        return client;
    }

    /** A tab after a server restart: no HTTP session any more, only the ticket its page was given. */
    public static LiveClient connectWithTicket(int port, String ticket) throws Exception {
        LiveClient client = new LiveClient(null, true);
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/live?ticket="
                        + java.net.URLEncoder.encode(ticket, java.nio.charset.StandardCharsets.UTF_8)), client)
                .get(10, TimeUnit.SECONDS);
        return client;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        if (reads) {
            webSocket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            all.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    /** Sends unless the server has already closed the connection: a flood stops where the server cut it. */
    public boolean sendUnlessClosed(String json) {
        if (isClosed()) {
            return false;
        }
        try {
            send(json);
            return true;
        } catch (java.util.concurrent.CompletionException closedMeanwhile) {
            try {
                closed.get(5, TimeUnit.SECONDS);  // the close frame may arrive just after the refusal
                return false;
            } catch (Exception notClosed) {
                throw closedMeanwhile;
            }
        }
    }

    /** The next frame that matches, waiting up to five seconds; frames before it are passed over. */
    public String await(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String frame = frames.poll(50, TimeUnit.MILLISECONDS);
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
        }
        throw new AssertionError("no matching frame in 5 s; received " + all);
    }

    /** Every frame received so far. */
    public List<String> received() {
        return List.copyOf(all);
    }

    /** The close code, once the server closed the connection (or -1 when it broke off). */
    public int closeCode() throws Exception {
        return closed.get(10, TimeUnit.SECONDS);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.abort();
        }
    }
}
