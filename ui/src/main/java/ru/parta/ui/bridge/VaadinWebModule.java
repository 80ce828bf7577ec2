package ru.parta.ui.bridge;

import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import ru.parta.base.web.WebModule;

/** Puts Vaadin at {@code /*} of the one servlet context, with WebSocket support for push. */
@Singleton
class VaadinWebModule implements WebModule {

    private final BeanContext beanContext;
    private static final java.time.Duration PUSH_IDLE_TIMEOUT = java.time.Duration.ofMinutes(30);

    private final VaadinRoutes routes;

    VaadinWebModule(BeanContext beanContext, VaadinRoutes routes) {
        this.beanContext = beanContext;
        this.routes = routes;
    }

    @Override
    public void configure(ServletContextHandler context) {
        // Atmosphere (Vaadin's push) finds the Jakarta WebSocket container through the context.
        // Jetty closes a WebSocket after 30 s without traffic; a chat screen open in a quiet class
        // would then reconnect every half minute (measured: docs/performance.md). Push sockets stay
        // open for as long as the session may live; a dead client's socket is found by TCP anyway.
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) ->
                container.setDefaultMaxSessionIdleTimeout(PUSH_IDLE_TIMEOUT.toMillis()));
        context.addServletContainerInitializer(new VaadinStartup(routes));
        ServletHolder vaadin = new ServletHolder("vaadin", new MicronautVaadinServlet(beanContext));
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        context.addServlet(vaadin, "/*");
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
