package ru.parta.live;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.List;
import org.eclipse.jetty.ee11.websocket.jakarta.common.JakartaWebSocketContainer;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import ru.parta.base.web.WebModule;

/**
 * Sets up the servlet context's WebSocket container (which Vaadin's push uses too) and adds the
 * live endpoint at {@value #PATH}.
 */
@Singleton
class LiveWebModule implements WebModule {

    static final String PATH = "/live";

    private final LiveHub hub;
    private final JsonMapper json;
    private final LiveProperties properties;
    private final LiveTickets tickets;
    private final List<LiveDevices> devices;
    private volatile ServerContainer container;

    LiveWebModule(LiveHub hub, JsonMapper json, LiveProperties properties, LiveTickets tickets,
                  List<LiveDevices> devices) {
        this.devices = devices;
        this.hub = hub;
        this.json = json;
        this.properties = properties;
        this.tickets = tickets;
    }

    @Override
    public void configure(ServletContextHandler context) {
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.addEndpoint(ServerEndpointConfig.Builder.create(LiveEndpoint.class, PATH)
                    .configurator(new LiveHandshake(tickets, devices, () -> new LiveEndpoint(hub, json, properties))).build());
            this.container = container;
        });
    }

    /**
     * Closes every WebSocket (the tabs' live connections and Vaadin's push) while the application
     * still runs, saying "going away": the tabs reconnect when Parta is back, and Vaadin's push sees
     * its connections close before it is torn down, not after (which it logged as errors).
     */
    @Override
    public void stopping() {
        hub.closeAll();
        if (!(container instanceof JakartaWebSocketContainer jetty)) {
            return;
        }
        for (Session session : jetty.getOpenSessions()) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server stopping"));
            } catch (IOException | RuntimeException alreadyGone) {
                // Closed meanwhile.
            }
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!jetty.getOpenSessions().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
