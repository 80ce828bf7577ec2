package ru.parta.ui.bridge;

import io.micronaut.context.BeanContext;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import ru.parta.base.web.WebModule;

/** Puts Vaadin at {@code /*} of the one servlet context, using the WebSocket container the live module set up. */
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
        // The Jakarta WebSocket container is the live module's (ru.parta.live); Vaadin runs without push.
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
