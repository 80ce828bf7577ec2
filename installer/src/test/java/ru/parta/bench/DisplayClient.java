package ru.parta.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A classroom display without the browser, as display.js behaves: asks for a pairing code,
 * collects its credential once an administrator entered the code, then follows its own topic, the
 * alert and the broadcast it is told to show, confirms every state it gets ("shown"), and notes
 * when each broadcast version and each alert arrived.
 */
final class DisplayClient implements WebSocket.Listener {

    private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d{6})\"");
    private static final Pattern NONCE = Pattern.compile("\"nonce\":\"([A-Za-z0-9_-]{32})\"");
    private static final Pattern COOKIE = Pattern.compile("parta-display=([A-Za-z0-9_-]{32})");
    private static final Pattern DISPLAY = Pattern.compile("data-display=\"(\\d+)\"");
    private static final Pattern FRAME = Pattern.compile("^\\{\"t\":\"([a-z]+:\\d+)\",\"s\":\\d+,\"k\":\"([a-z]+)\",\"d\":");
    private static final Pattern STATE = Pattern.compile("\"b\":(\\d+),\"v\":(\\d+)");
    private static final Pattern ALERT = Pattern.compile("\"a\":(\\d+)");
    private static final Pattern ASSIGN = Pattern.compile("\"b\":(\\d+)");

    private final HttpClient http;
    private final int port;
    private final StringBuilder partial = new StringBuilder();
    /** Broadcast version → when it arrived (microseconds of the wall clock, comparable with a browser's). */
    final Map<Long, Long> versions = new ConcurrentHashMap<>();
    /** Alert id → when it arrived (wall-clock microseconds); 0 → when the last clearing arrived. */
    final Map<Long, Long> alerts = new ConcurrentHashMap<>();
    private volatile WebSocket socket;
    private String nonce;
    private String credential;
    private long displayId;
    private long following;

    DisplayClient(HttpClient http, int port) {
        this.http = http;
        this.port = port;
    }

    /** The code this display shows, as a classroom computer would show it. */
    String askForCode() throws Exception {
        String body = http.send(HttpRequest.newBuilder(uri("/display/pairing")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher nonceMatch = NONCE.matcher(body);
        Matcher codeMatch = CODE.matcher(body);
        if (!nonceMatch.find() || !codeMatch.find()) {
            throw new IllegalStateException("no pairing code: " + body);
        }
        nonce = nonceMatch.group(1);
        return codeMatch.group(1);
    }

    /** After the code was entered: the credential cookie, the display's id, and the live connection. */
    void connect() throws Exception {
        HttpResponse<String> paired = http.send(HttpRequest.newBuilder(uri("/display/pairing?nonce=" + nonce)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher cookie = COOKIE.matcher(String.join(";", paired.headers().allValues("set-cookie")));
        if (!cookie.find()) {
            throw new IllegalStateException("not paired: " + paired.body());
        }
        credential = cookie.group(1);
        String page = http.send(HttpRequest.newBuilder(uri("/display")).header("Cookie", "parta-display=" + credential)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = DISPLAY.matcher(page);
        if (!id.find() || Long.parseLong(id.group(1)) == 0) {
            throw new IllegalStateException("the display page does not know this display");
        }
        displayId = Long.parseLong(id.group(1));
        socket = http.newWebSocketBuilder().header("Cookie", "parta-display=" + credential)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/live?device=1"), this).join();
        send("{\"op\":\"follow\",\"topic\":\"display:" + displayId + "\"}");
        send("{\"op\":\"follow\",\"topic\":\"alert:0\"}");
    }

    long displayId() {
        return displayId;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            java.time.Instant now = java.time.Instant.now();
            received(frame, now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000);
        }
        webSocket.request(1);
        return null;
    }

    private void received(String frame, long micros) {
        Matcher head = FRAME.matcher(frame);
        if (!head.find()) {
            return;
        }
        String kind = head.group(2);
        String data = frame.substring(head.end());
        switch (kind) {
            case "assign" -> {
                Matcher b = ASSIGN.matcher(data);
                long broadcast = b.find() ? Long.parseLong(b.group(1)) : 0;
                if (broadcast != following) {
                    if (following > 0) {
                        send("{\"op\":\"leave\",\"topic\":\"broadcast:" + following + "\"}");
                    }
                    following = broadcast;
                    if (broadcast > 0) {
                        send("{\"op\":\"follow\",\"topic\":\"broadcast:" + broadcast + "\"}");
                    }
                }
                shown(0, 0);
            }
            case "state" -> {
                Matcher state = STATE.matcher(data);
                if (state.find()) {
                    long version = Long.parseLong(state.group(2));
                    versions.putIfAbsent(version, micros);
                    shown(Long.parseLong(state.group(1)), version);
                }
            }
            case "alert" -> {
                Matcher alert = ALERT.matcher(data);
                if (alert.find()) {
                    long id = Long.parseLong(alert.group(1));
                    alerts.put(id, micros);
                    shown(following, 0);
                }
            }
            default -> {
            }
        }
    }

    /** Confirms what it shows, as display.js does after every change. */
    private void shown(long broadcast, long version) {
        send("{\"op\":\"shown\",\"text\":\"{\\\"b\\\":" + broadcast + ",\\\"v\\\":" + version
                + ",\\\"a\\\":0,\\\"w\\\":1920,\\\"h\\\":1080}\"}");
    }

    private synchronized void send(String text) {
        WebSocket open = socket;
        if (open != null) {
            open.sendText(text, true).join();
        }
    }

    void ping() {
        send("{\"op\":\"ping\"}");
    }

    void close() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
