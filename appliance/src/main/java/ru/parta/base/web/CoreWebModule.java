package ru.parta.base.web;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;

/** The appliance's own endpoints; the exact paths win over the UI's {@code /*}. */
@Singleton
class CoreWebModule implements WebModule {

    private final JsonMapper json;
    private final HealthCheck healthCheck;

    CoreWebModule(JsonMapper json, HealthCheck healthCheck) {
        this.json = json;
        this.healthCheck = healthCheck;
    }

    @Override
    public void configure(ServletContextHandler context) {
        context.addServlet(new ServletHolder("health", new HealthServlet(json, healthCheck)), "/api/health");
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
