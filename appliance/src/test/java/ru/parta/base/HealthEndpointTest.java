package ru.parta.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Starts the real embedded Jetty on a free port of 127.0.0.1 and asks it over HTTP. */
@MicronautTest(transactional = false)
class HealthEndpointTest {

    @Inject
    EmbeddedServer server;

    @Test
    void healthAnswersJsonWithStatusVersionUptimeAndDatabase() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + server.getPort() + "/api/health");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("application/json;charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        String body = response.body();
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"databaseReachable\":true"), body);
        assertTrue(body.matches(".*\"version\":\"[0-9][^\"]*\".*"), body);
        assertTrue(body.matches(".*\"uptimeSeconds\":[0-9]+.*"), body);
    }
}
