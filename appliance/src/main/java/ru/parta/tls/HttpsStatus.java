package ru.parta.tls;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * What the administrator sees of HTTPS: the certificate served (whose, until when, for which
 * names), the root's fingerprint for checking on a device, the ports, and whether browsers are
 * told to use HTTPS only.
 *
 * @param ownCertificate    the administrator's own certificate, not one of the local authority
 * @param authorityFingerprint SHA-256 of the local root, colon-separated; null with an own certificate
 * @param expiresSoon       within the renewal window: an own certificate must be replaced by hand
 * @param hstsPossible      HSTS is only safe when HTTPS and HTTP are on 443 and 80 (browsers keep the port)
 */
public record HttpsStatus(boolean enabled, boolean redirect, boolean ownCertificate, @Nullable Instant notAfter,
                          List<String> names, @Nullable String authorityFingerprint, int httpPort, int httpsPort,
                          boolean expiresSoon, boolean hstsPossible, @Nullable Instant confirmedAt) {

    public boolean hstsOn() {
        return confirmedAt != null && hstsPossible;
    }
}
