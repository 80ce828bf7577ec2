package ru.parta.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import ru.parta.access.Actor;
import ru.parta.base.DataDirectory;
import ru.parta.base.PartaException;
import ru.parta.people.PersonaSchool;
import ru.parta.base.web.WebServer;

/**
 * The real Jetty serving HTTPS with the certificate the local authority issued: a client that
 * trusts only the school's root (as a phone that installed it) gets the health check over
 * https://127.0.0.1, with full host-name checking; the root itself is offered over plain HTTP; a
 * client that trusts nothing extra is refused.
 */
@MicronautTest(transactional = false)
@Property(name = "parta.https.enabled", value = "true")
class HttpsTest {

    @Inject
    WebServer server;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    HttpsService https;

    @Inject
    PersonaSchool personaSchool;

    @Test
    void aDeviceTrustingTheSchoolsRootReachesPartaOverHttpsByItsAddress() throws Exception {
        assertTrue(server.getSecurePort() > 0);
        Path root = dataDirectory.root().resolve("tls/ca.crt");
        SSLContext context = trustingOnly(root);
        URI health = URI.create("https://127.0.0.1:" + server.getSecurePort() + "/api/health");

        HttpResponse<String> answer = HttpClient.newBuilder().sslContext(context).build()
                .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"status\":\"UP\""), answer.body());

        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getPort() + "/parta-ca.crt")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode(), "the root is offered over plain HTTP, to be installed first");
        assertEquals("application/x-x509-ca-cert", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Files.readString(root), download.body());

        assertThrows(SSLHandshakeException.class, () -> HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void tls12IsOfferedWithAeadSuitesOnlyNotCbc() throws Exception {
        SSLContext context = trustingOnly(dataDirectory.root().resolve("tls/ca.crt"));
        URI health = URI.create("https://127.0.0.1:" + server.getSecurePort() + "/api/health");

        HttpClient gcm = tls12With(context, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertEquals(200, gcm.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpClient cbc = tls12With(context, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256");
        assertThrows(SSLHandshakeException.class,
                () -> cbc.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static HttpClient tls12With(SSLContext context, String... suites) {
        SSLParameters parameters = new SSLParameters(suites, new String[] {"TLSv1.2"});
        return HttpClient.newBuilder().sslContext(context).sslParameters(parameters).build();
    }

    /** A client as a device that installed the school's root and trusts nothing else. */
    static SSLContext trustingOnly(Path root) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(root)) {
            trusted.setCertificateEntry("school", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    void plainHttpLeadsToTheSameAddressOverHttpsButForWhatADeviceNeedsBeforeItTrustsIt() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String http = "http://127.0.0.1:" + server.getPort();

        HttpResponse<String> page = plain.send(HttpRequest.newBuilder(URI.create(http + "/chats?tab=2")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, page.statusCode());
        assertEquals("https://127.0.0.1:" + server.getSecurePort() + "/chats?tab=2",
                page.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> posted = plain.send(HttpRequest.newBuilder(URI.create(http + "/api/anything"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(308, posted.statusCode(), "a post is repeated over HTTPS, not turned into a GET");

        assertEquals(200, plain.send(HttpRequest.newBuilder(URI.create(http + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "scripts on the box check health over plain HTTP");
        HttpResponse<String> instructions = plain.send(HttpRequest.newBuilder(URI.create(http + "/certificate")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, instructions.statusCode());
        assertTrue(instructions.body().contains("Сертификат школы"), instructions.body());
        assertTrue(instructions.body().contains("href=\"https://127.0.0.1:" + server.getSecurePort() + "/\""));
        String fingerprint = https.findHttpsStatus().authorityFingerprint();
        assertEquals(95, fingerprint.length(), "32 bytes as colon-separated pairs");
        assertTrue(instructions.body().contains(fingerprint), "the page shows the root's fingerprint to compare");
        java.security.cert.X509Certificate root;
        try (InputStream in = Files.newInputStream(dataDirectory.root().resolve("tls/ca.crt"))) {
            root = (java.security.cert.X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertEquals(java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(root.getEncoded())), fingerprint);
        HttpResponse<String> english = plain.send(HttpRequest.newBuilder(URI.create(http + "/certificate?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("school’s certificate") && english.body().contains("lang=\"en\""));
        for (String platform : CertificatePage.PLATFORMS) {
            assertTrue(english.body().contains("id=\"steps-" + platform + "\""), platform);
        }
    }

    @Test
    void httpsIsConfirmedOnlyByAnAdministratorOnStandardPortsFromAPageSeenOverHttps() {
        PersonaSchool.Persona p = personaSchool.create();
        assertThrows(PartaException.class, () -> https.confirmHttps(Actor.of(p.ivanova()), true));
        PartaException ports = assertThrows(PartaException.class, () -> https.confirmHttps(Actor.of(p.smirnova()), true));
        assertEquals("https.hstsNeedsStandardPorts", ports.messageKey());
        assertFalse(https.findHttpsStatus().hstsOn());
    }
}
