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
    private final VaadinRoutes routes;

    VaadinWebModule(BeanContext beanContext, VaadinRoutes routes) {
        this.beanContext = beanContext;
        this.routes = routes;
    }

    @Override
    public void configure(ServletContextHandler context) {
        // Atmosphere (Vaadin's push) finds the Jakarta WebSocket container through the context.
        JakartaWebSocketServletContainerInitializer.configure(context, null);
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
