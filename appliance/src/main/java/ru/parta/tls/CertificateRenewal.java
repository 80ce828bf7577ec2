package ru.parta.tls;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.web.WebServer;

/**
 * A school server may run for a year without a restart: every few hours the certificate is asked
 * for again (renewed when it nears its end, reissued when the box got a new address) and the HTTPS
 * port switches to it without dropping anyone.
 */
@Singleton
@Requires(property = "parta.https.enabled", value = "true", defaultValue = "true")
class CertificateRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateRenewal.class);

    private final HttpsKeys keys;
    private final WebServer webServer;

    CertificateRenewal(HttpsKeys keys, WebServer webServer) {
        this.keys = keys;
        this.webServer = webServer;
    }

    @Scheduled(fixedDelay = "${parta.https.renewal-check:6h}", initialDelay = "${parta.https.renewal-check:6h}")
    void renewWhenDue() {
        try {
            if (keys.refresh()) {
                webServer.reloadCertificate();
            }
        } catch (RuntimeException e) {
            LOG.warn("The HTTPS certificate could not be renewed now; the current one is served until the next try", e);
        }
    }
}
