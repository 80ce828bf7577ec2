package ru.parta.base.web;

import io.micronaut.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;

/** {@code GET /api/health}: 200 when the database answers, 503 when it does not. Open to all. */
class HealthServlet extends ApiServlet {

    private final transient HealthCheck healthCheck;

    HealthServlet(JsonMapper json, HealthCheck healthCheck) {
        super(json);
        this.healthCheck = healthCheck;
    }

    @Override
    protected Reply handleGet(HttpServletRequest request) {
        Health health = healthCheck.check();
        return new Reply(health.databaseReachable() ? 200 : 503, health);
    }
}
