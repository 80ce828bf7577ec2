package ru.parta.ui.bridge;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs Vaadin's own start-up initializers, in the order a scanning container would, with the
 * classes Micronaut knows instead of a classpath scan: the lookup (Vaadin's service registry),
 * the routes, the app shell and the error views.
 */
class VaadinStartup implements ServletContainerInitializer {

    private final VaadinRoutes routes;

    VaadinStartup(VaadinRoutes routes) {
        this.routes = routes;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) throws ServletException {
        new LookupServletContainerInitializer().onStartup(Set.of(LookupInitializer.class), context);
        new RouteRegistryInitializer().onStartup(new HashSet<>(routes.routeTargets()), context);
        new VaadinAppShellInitializer().onStartup(new HashSet<>(routes.appShells()), context);
        new ErrorNavigationTargetInitializer().onStartup(new HashSet<>(routes.errorTargets()), context);
    }
}
