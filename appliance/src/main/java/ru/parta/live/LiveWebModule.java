package ru.parta.live;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.websocket.server.ServerEndpointConfig;
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

    LiveWebModule(LiveHub hub, JsonMapper json, LiveProperties properties, LiveTickets tickets) {
        this.hub = hub;
        this.json = json;
        this.properties = properties;
        this.tickets = tickets;
    }

    @Override
    public void configure(ServletContextHandler context) {
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) ->
                container.addEndpoint(ServerEndpointConfig.Builder.create(LiveEndpoint.class, PATH)
                        .configurator(new LiveHandshake(hub, json, properties, tickets)).build()));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
