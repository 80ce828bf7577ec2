package ru.parta.live;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import ru.parta.access.WebSession;
import ru.parta.base.i18n.Messages;

/**
 * The upgrade of {@code /live}: reads who signed in from the tab's ticket ({@link LiveTickets},
 * which survives a server restart) or else its HTTP session (the attributes the UI sets at
 * sign-in), and refuses a page of another site. The session cookie would go along with a
 * WebSocket opened by any page the person visits, so the {@code Origin} a browser sends must be
 * this server; clients that are not browsers send none. A display page asks as a device
 * ({@code ?device}) and is known by its credential cookie ({@link LiveDevices}).
 */
final class LiveHandshake extends ServerEndpointConfig.Configurator {

    static final String ACCOUNT = "parta.live.account";
    static final String SESSION = "parta.live.session";
    static final String LANGUAGE = "parta.live.language";
    static final String DEVICE = "parta.live.device";

    private final LiveTickets tickets;
    private final List<LiveDevices> devices;
    private final Supplier<LiveEndpoint> endpoints;

    LiveHandshake(LiveTickets tickets, List<LiveDevices> devices, Supplier<LiveEndpoint> endpoints) {
        this.tickets = tickets;
        this.devices = devices;
        this.endpoints = endpoints;
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> properties = config.getUserProperties();
        properties.remove(ACCOUNT);
        properties.remove(SESSION);
        properties.remove(DEVICE);
        if (!sameOrigin(request.getHeaders())) {
            return;
        }
        properties.put(LANGUAGE, language(request.getHeaders()));
        List<String> ticket = request.getParameterMap().get("ticket");
        LiveTickets.Holder holder = ticket == null || ticket.isEmpty() ? null : tickets.read(ticket.getFirst());
        if (holder != null) {
            properties.put(ACCOUNT, holder.accountId());
            properties.put(SESSION, holder.sessionId());
            return;
        }
        // Only a display page asks as a device: a person's tab in a browser that was once paired stays theirs.
        if (request.getParameterMap().containsKey("device")) {
            for (LiveDevices kind : devices) {
                String credential = cookie(request.getHeaders(), kind.cookieName());
                long device = credential == null ? 0 : kind.findDevice(credential);
                if (device > 0) {
                    properties.put(DEVICE, device);
                }
            }
            return;
        }
        if (!(request.getHttpSession() instanceof HttpSession http)) {
            return;
        }
        try {
            Object account = http.getAttribute(WebSession.ACCOUNT_ID);
            Object session = http.getAttribute(WebSession.SESSION_ID);
            if (account instanceof Long && session instanceof String) {
                properties.put(ACCOUNT, account);
                properties.put(SESSION, session);
            }
        } catch (IllegalStateException invalidated) {
            // The HTTP session ended meanwhile: not signed in.
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return (T) endpoints.get();
    }

    static boolean sameOrigin(Map<String, List<String>> headers) {
        String origin = header(headers, "Origin");
        if (origin == null) {
            return true;
        }
        String host = header(headers, "Host");
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * The tab's language for what the server says in words (a refusal): the page's choice from its
     * cookie, else Russian, exactly as the page itself decides (the browser's own language is not
     * asked: a school in Russia may have English-language browsers).
     */
    static Locale language(Map<String, List<String>> headers) {
        String chosen = cookie(headers, Messages.LANGUAGE_COOKIE);
        return chosen == null ? Messages.RUSSIAN : Messages.supported(Locale.forLanguageTag(chosen));
    }

    private static String cookie(Map<String, List<String>> headers, String name) {
        String cookies = header(headers, "Cookie");
        if (cookies != null) {
            for (String cookie : cookies.split(";")) {
                String[] pair = cookie.trim().split("=", 2);
                if (pair.length == 2 && pair[0].equals(name)) {
                    return pair[1].trim();
                }
            }
        }
        return null;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().getFirst();
            }
        }
        return null;
    }
}
