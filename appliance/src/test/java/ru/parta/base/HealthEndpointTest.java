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

    @Test
    void everyAnswerCarriesSecurityHeadersAndNamesNoServerSoftware() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/api/health", "/api/no-such-thing", "/files/not-a-number"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'self'") || policy.contains("default-src 'none'"), path + ": " + policy);
            assertTrue(!policy.contains("http:") && !policy.contains("https:") && !policy.contains("*"), policy);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(headers.firstValue("Referrer-Policy").isPresent(), path);
            assertTrue(headers.firstValue("Server").isEmpty(), path + " names the server: " + headers.firstValue("Server"));
            assertTrue(!response.body().toLowerCase().contains("jetty"), path + ": " + response.body());
        }
        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getPort() + "/api/no-such-thing"))
                .header("Accept", "text/html").header("Accept-Language", "en-US,en;q=0.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(text(missing.body()).contains("Такой страницы нет") && missing.body().contains("href=\"/\""),
                "Russian, as the screens, whatever the browser asks: " + missing.body());
        HttpResponse<String> english = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getPort() + "/api/no-such-thing"))
                .header("Accept", "text/html").header("Cookie", "parta-lang=en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("There is no such page"), english.body());
    }

    private static String text(String html) {
        return java.util.regex.Pattern.compile("&#(\\d+);").matcher(html)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1)))));
    }
}
