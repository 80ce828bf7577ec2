package ru.parta.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.PartaException;
import ru.parta.base.web.WebServer;
import ru.parta.people.PersonaSchool;

/**
 * HSTS on the ports browsers keep (80 and 443, as install.sh sets them up): off until an
 * administrator confirms from a page seen over HTTPS, on in every HTTPS answer then, off again when
 * withdrawn. Binding ports below 1024 needs root: skipped elsewhere (CI runs as root).
 */
class StrictHttpsTest {

    @Test
    void strictHttpsIsAnnouncedOnlyOnceConfirmedAndStopsWhenWithdrawn() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "ports 80 and 443 need root");
        try (ApplicationContext context = ApplicationContext.run(Map.of("parta.http.port", 80, "parta.http.host", "127.0.0.1",
                "parta.https.enabled", true, "parta.https.port", 443), "test")) {
            WebServer server = context.getBean(WebServer.class);
            server.start();
            try {
                HttpsService https = context.getBean(HttpsService.class);
                PersonaSchool.Persona p = context.getBean(PersonaSchool.class).create();
                HttpClient client = HttpClient.newBuilder()
                        .sslContext(HttpsTest.trustingOnly(context.getBean(ru.parta.base.DataDirectory.class).root().resolve("tls/ca.crt")))
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                URI page = URI.create("https://127.0.0.1/api/health");

                assertTrue(https.findHttpsStatus().hstsPossible());
                assertTrue(hsts(client, page).isEmpty(), "not before the administrator confirms");
                PartaException unseen = assertThrows(PartaException.class,
                        () -> https.confirmHttps(Actor.of(p.smirnova()), false));
                assertEquals("https.confirmOverHttps", unseen.messageKey());

                https.confirmHttps(Actor.of(p.smirnova()), true);
                assertEquals(HttpsRedirect.HSTS, hsts(client, page));
                assertTrue(https.findHttpsStatus().hstsOn());
                HttpResponse<Void> plain = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1/chats")).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals("https://127.0.0.1/chats", plain.headers().firstValue("Location").orElseThrow(),
                        "no port in the address on the standard one");
                assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(),
                        "browsers ignore it over plain HTTP; it is not sent there");

                https.withdrawHttpsConfirmation(Actor.of(p.smirnova()));
                assertTrue(hsts(client, page).isEmpty());
                assertFalse(https.findHttpsStatus().hstsOn());
            } finally {
                server.stop();
            }
        }
    }

    private static String hsts(HttpClient client, URI page) throws Exception {
        return client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Strict-Transport-Security").orElse("");
    }
}
