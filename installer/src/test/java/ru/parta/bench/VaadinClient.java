package ru.parta.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab without a browser: it speaks Vaadin's own protocol to a real UI on the server.
 * It opens the UI as the browser's bootstrap does ({@code ?v-r=init}), holds the tab's live
 * connection as the page frame does (fetching the screen's changes with a poll when the server
 * asks: Parta runs Vaadin without push), and sends what the browser would send ({@code ?v-r=uidl} POSTs: typed values, clicks, router-link navigation,
 * calls of the view's {@code @ClientCallable} methods). It keeps only what it needs of the UI's
 * state tree: which node carries which element id, and which node offers the chat's send call.
 *
 * <p>Messages reach a tab on its live connection ({@link LiveLink}), which it opens as chat.js does
 * from what the chat screen hands the browser. Every message the benchmark posts carries a marker
 * {@code #B<sequence>#}; the client notes when each marker first reaches it and how many times it
 * arrived, so lost and duplicated deliveries can be counted.
 */
final class VaadinClient implements AutoCloseable {

    static final Pattern MARK = Pattern.compile("#B(\\d+)#");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Told of every marker that arrives on the live connection. */
    interface Deliveries {
        void arrived(VaadinClient client, int sequence, long nanos);
    }

    private final HttpClient http;
    private final String base;
    private final String name;
    private final Deliveries deliveries;
    private final Map<String, Integer> nodesByElementId = new HashMap<>();
    private String cookie;
    private int uiId;
    private String csrfToken;
    private volatile int syncId;
    private int clientId;
    private Integer sendNode;
    private volatile boolean closing;
    private volatile long openChat;
    // Signed in: the page frame (on every signed-in page) opened the live connection.
    private volatile boolean framed;
    private volatile String boot;
    private final java.util.Set<Integer> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final LiveLink live;

    VaadinClient(HttpClient http, int port, String name, Deliveries deliveries) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port + "/";
        this.name = name;
        this.deliveries = deliveries;
        // One's own message comes back on the live path too (the screen draws it over its pending
        // bubble): not a delivery to count.
        this.live = new LiveLink(http, port, (marker, nanos) -> {
            if (!sent.contains(marker)) {
                deliveries.arrived(this, marker, nanos);
            }
        });
    }

    LiveLink live() {
        return live;
    }

    String name() {
        return name;
    }

    /** The chat this tab shows now (0: none). */
    long openChatId() {
        return openChat;
    }

    /** Opens a UI at {@code location} as a browser opening that address does. */
    void open(String location) throws IOException, InterruptedException {
        HttpResponse<String> response = get("?v-r=init&location=" + encode(location) + "&query=");
        JsonNode appConfig = JSON.readTree(response.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt();
        JsonNode uidl = appConfig.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        clientId = 0;
        nodesByElementId.clear();
        sendNode = null;
        absorb(uidl);
        // The browser's router then asks for the view itself.
        navigate(location, "");
    }

    /** Leaves the chat for the chat list, as the back arrow does. */
    void openChatList() throws IOException, InterruptedException {
        openChat = 0;
        sendNode = null;
        live.leave();
        navigate("chats", "link");
    }

    /** Signs in on the sign-in page, as a person typing and pressing the button. */
    void signIn(String login, String password) throws IOException, InterruptedException {
        open("login");
        JsonNode reply = rpc(List.of(
                sync(node("login"), "value", login), event(node("login"), "change"),
                sync(node("password"), "value", password), event(node("password"), "change"),
                event(node("sign-in"), "click")));
        if (!framed) {
            throw new IOException(name + " could not sign in: " + reply.toString().substring(0, Math.min(400,
                    reply.toString().length())));
        }
    }

    /** Follows a router link, as a click on a link inside the page does; returns the round trip in nanoseconds. */
    long navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "Парта")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", clientId);
        long started = System.nanoTime();
        rpc(List.of(JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate")
                .set("data", data)));
        long took = System.nanoTime() - started;
        // A browser answers a new view at once with the state of its components (a second, small
        // request); the server keeps only the latest answer per UI for a repeated request, so
        // without this the whole view's answer would stay in memory and the heap figure would lie.
        rpc(List.of());
        return took;
    }

    /** Opens a chat from inside the app; returns the server round trip in nanoseconds. */
    long openChat(long chatId) throws IOException, InterruptedException {
        openChat = 0;
        boot = null;
        long took = navigate("chat/" + chatId, "link");
        if (sendNode == null || boot == null) {
            throw new IOException(name + " did not get chat " + chatId + " open");
        }
        openChat = chatId;
        // As chat.js does with what the screen handed it: follow the chat from there on the live connection.
        JsonNode handed = JSON.readTree(boot);
        JsonNode page = handed.path("page");
        try {
            live.follow(handed.path("ticket").asText(), handed.path("topic").asText(), handed.path("epoch").asText(),
                    handed.path("seq").asLong(), page.isEmpty() ? 0 : page.get(page.size() - 1).path("id").asLong());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(name + ": the live connection did not open", e);
        }
        return took;
    }

    /** Sends a message as the chat's composer does (text alone: on the live connection); returns the round trip. */
    long send(String clientKey, String text) throws IOException, InterruptedException {
        if (sendNode == null) {
            throw new IllegalStateException(name + " has no chat open");
        }
        Matcher own = MARK.matcher(text);
        if (own.find()) {
            sent.add(Integer.parseInt(own.group(1)));
        }
        long started = System.nanoTime();
        // As chat.js: a message of text alone goes on the live connection; the Vaadin way if that cannot answer.
        String answer = live.post(clientKey, JSON.createObjectNode().put("op", "post")
                .put("topic", "conversation:" + openChat).put("key", clientKey).put("text", text).toString());
        if (answer != null) {
            if (answer.contains("\"d\":{\"error\"")) {
                throw new IOException(name + ": the server refused the message: " + answer);
            }
            return System.nanoTime() - started;
        }
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", sendNode)
                .put("templateEventMethodName", "send").put("promise", clientId);
        ArrayNode args = call.putArray("templateEventMethodArgs");
        args.add(clientKey).add(text);
        String reply = rpc(List.of(call)).toString();
        if (reply.contains("window.partaChat.failed(this")) {
            // The composer's "not sent" path: the server refused the message (a limit, a closed chat).
            int at = reply.indexOf("window.partaChat.failed(this");
            throw new IOException(name + ": the server refused the message: "
                    + reply.substring(Math.max(0, at - 3000), Math.min(reply.length(), at + 100)));
        }
        return System.nanoTime() - started;
    }

    /** What the browser sends every few minutes so the server keeps the UI. */
    void heartbeat() throws IOException, InterruptedException {
        http.send(request("?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private int node(String elementId) throws IOException {
        Integer node = nodesByElementId.get(elementId);
        if (node == null) {
            throw new IOException(name + ": no element #" + elementId + " on the page");
        }
        return node;
    }

    private static ObjectNode sync(int node, String property, String value) {
        return JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property).put("value", value);
    }

    private static ObjectNode event(int node, String event) {
        ObjectNode call = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        call.putObject("data");
        return call;
    }

    private synchronized JsonNode rpc(List<ObjectNode> calls) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        calls.forEach(body.putArray("rpc")::add);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = http.send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        remember(response);
        if (response.statusCode() != 200) {
            throw new IOException(name + ": HTTP " + response.statusCode() + " for " + calls);
        }
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode reply = JSON.readTree(text);
        if (reply.isArray()) {
            reply = reply.get(0);
        }
        if (reply.has("meta") && reply.path("meta").has("appError")) {
            throw new IOException(name + ": server error " + reply.path("meta"));
        }
        clientId = reply.path("clientId").asInt(clientId + 1);
        absorb(reply);
        return reply;
    }

    /** Keeps the little of the state tree this client needs, and what a chat screen hands its browser. */
    private void absorb(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = Math.max(syncId, uidl.path("syncId").asInt());
        }
        for (JsonNode call : uidl.path("execute")) {
            if (call.size() >= 6 && call.get(call.size() - 1).asText().contains("partaLive.frame(")) {
                followOwnTopic(call);
            }
            for (JsonNode argument : call) {
                if (argument.isTextual() && argument.asText().startsWith("{\"ticket\":")) {
                    boot = argument.asText();
                }
            }
        }
        for (JsonNode change : uidl.path("changes")) {
            String type = change.path("type").asText();
            if ("put".equals(type) && "id".equals(change.path("key").asText()) && change.path("value").isTextual()) {
                nodesByElementId.put(change.path("value").asText(), change.path("node").asInt());

            } else if ("splice".equals(type) && change.path("feat").asInt() == 19) {
                for (JsonNode method : change.path("add")) {
                    if ("send".equals(method.asText())) {
                        sendNode = change.path("node").asInt();
                    }
                }
            }
        }
    }

    /** As the page frame's script: the live connection, the person's own topic, a poll when told. */
    private void followOwnTopic(JsonNode call) {
        try {
            framed = true;
            live.frame(call.get(0).asText(), call.get(1).asText(), call.get(2).asText(), call.get(3).asText(),
                    call.get(4).asLong(), this::poll);
        } catch (Exception e) {
            throw new IllegalStateException(name + ": the live connection did not open", e);
        }
    }

    /** What Vaadin's client sends when asked to fetch the screen's changes. */
    private void poll() {
        if (closing) {
            return;
        }
        try {
            ObjectNode call = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-poll");
            call.putObject("data");
            rpc(List.of(call));
        } catch (IOException | InterruptedException e) {
            System.err.println(name + ": a poll failed: " + e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        remember(response);
        if (response.statusCode() != 200) {
            throw new IOException(name + ": HTTP " + response.statusCode() + " for " + path);
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private void remember(HttpResponse<?> response) {
        for (String set : response.headers().allValues("set-cookie")) {
            String pair = set.split(";", 2)[0];
            if (pair.startsWith("JSESSIONID=")) {
                cookie = pair;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing = true;
        live.close();
    }
}
