package ru.parta.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.parta.base.web.MaintenancePage;
import ru.parta.base.web.TlsKeys;

/**
 * While Parta is stopped for a restore, the notice answers on both ports: on HTTPS with the
 * school's own certificate (where everyone's screens are, since plain HTTP only redirects), checked
 * by a client that trusts the school's root alone; and the ports are free again once it closes.
 */
class MaintenancePageTest {

    @TempDir
    Path data;

    @Test
    void theRestoreNoticeAnswersOverHttpsWithTheSchoolsCertificate() throws Exception {
        Clock clock = Clock.systemUTC();
        LocalAuthority authority = LocalAuthority.openOrCreate(data, "Школа", clock);
        IssuedCertificate issued = authority.issue(new ServerNames(Set.of("localhost"), Set.of("127.0.0.1")),
                Duration.ofDays(30), clock);
        char[] password = "maintenance".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(TlsKeys.ALIAS, issued.key(), password, issued.chain().toArray(Certificate[]::new));
        int http = freePort();
        int https = freePort();
        TlsKeys keys = new TlsKeys() {
            @Override
            public KeyStore keyStore() {
                return store;
            }

            @Override
            public char[] password() {
                return password.clone();
            }

            @Override
            public int port() {
                return https;
            }
        };
        try (MaintenancePage page = MaintenancePage.open("127.0.0.1", http, https, keys)) {
            HttpResponse<String> secure = HttpClient.newBuilder().sslContext(HttpsTest.trustingOnly(data.resolve("ca.crt")))
                    .build().send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + https + "/chats")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(503, secure.statusCode());
            assertTrue(secure.body().contains("восстанавливается"), secure.body());
            assertEquals(503, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http + "/")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        try (ServerSocket again = new ServerSocket(https, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertTrue(again.isBound(), "the next start's web server can take the port back");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
