package ru.parta.live;

import io.micronaut.json.JsonMapper;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.jetty.ee11.websocket.jakarta.common.JakartaWebSocketSession;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import ru.parta.base.i18n.Messages;

/**
 * {@code /live}: one per open tab. The handshake ({@link LiveHandshake}) found who the tab is from its
 * signed-in HTTP session; here the hub admits it and hears its requests. Frames go out through
 * Jetty's own session as text frames made of the shared bytes, so nothing is encoded per tab.
 */
public final class LiveEndpoint extends Endpoint {

    /** Room for a chat message of 4,000 characters of any script, JSON-escaped. */
    private static final int MAX_REQUEST_CHARS = 32_768;

    private final LiveHub hub;
    private final JsonMapper json;
    private final LiveProperties properties;
    private LiveConnection connection;

    LiveEndpoint(LiveHub hub, JsonMapper json, LiveProperties properties) {
        this.hub = hub;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        Object account = session.getUserProperties().get(LiveHandshake.ACCOUNT);
        Object sessionId = session.getUserProperties().get(LiveHandshake.SESSION);
        session.setMaxIdleTimeout(properties.getIdleTimeout().toMillis());
        session.setMaxTextMessageBufferSize(MAX_REQUEST_CHARS);
        Object device = session.getUserProperties().get(LiveHandshake.DEVICE);
        LiveSocket socket = new JettySocket((JakartaWebSocketSession) session);
        LiveConnection admitted = device instanceof Long deviceId ? hub.openDevice(deviceId, language(session), socket)
                : account instanceof Long id && sessionId instanceof String sid
                ? hub.open(id, sid, language(session), socket) : null;
        if (admitted == null) {
            closeQuietly(session, LiveConnection.SIGNED_OUT, "not signed in");
            return;
        }
        connection = admitted;
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::received);
    }

    private static Locale language(Session session) {
        return session.getUserProperties().get(LiveHandshake.LANGUAGE) instanceof Locale chosen ? chosen : Messages.RUSSIAN;
    }

    private void received(String text) {
        LiveRequest request;
        try {
            request = json.readValue(text, LiveRequest.class);
        } catch (IOException | RuntimeException unreadable) {
            request = new LiveRequest("unreadable", null, null, null, null, null, null, null);
        }
        hub.receive(connection, request);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        if (connection != null) {
            hub.closed(connection);
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        if (connection != null) {
            hub.closed(connection);
        }
    }

    private static void closeQuietly(Session session, int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException ignored) {
            // Already gone.
        }
    }

    /** Jetty's core session under the Jakarta one: text frames from ready UTF-8 bytes, written without blocking. */
    private record JettySocket(JakartaWebSocketSession session) implements LiveSocket {

        @Override
        public void send(byte[] frame, Consumer<Throwable> done) {
            session.getCoreSession().sendFrame(new Frame(OpCode.TEXT, ByteBuffer.wrap(frame)),
                    Callback.from(() -> done.accept(null), done), false);
        }

        @Override
        public void close(int code, String reason) {
            closeQuietly(session, code, reason);
        }

        @Override
        public void abort() {
            session.abort();
        }
    }
}
