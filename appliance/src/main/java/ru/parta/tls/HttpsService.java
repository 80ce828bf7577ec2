package ru.parta.tls;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.PartaException;
import ru.parta.base.audit.AuditLog;
import ru.parta.base.event.EventBus;
import ru.parta.base.web.WebServer;
import ru.parta.school.School;
import ru.parta.school.SchoolService;

/**
 * HTTPS as the administrator sees and steers it: the certificate served, and the one write, the
 * confirmation that the school's devices trust it, which turns on HSTS (browsers then refuse plain
 * HTTP to Parta for a year, so it is the administrator's call, made from a page opened over HTTPS).
 */
@Singleton
public class HttpsService {

    static final int HSTS_HTTP_PORT = 80;
    static final int HSTS_HTTPS_PORT = 443;

    private final TlsProperties properties;
    private final Optional<HttpsKeys> keys;
    private final ServerCertificates certificates;
    private final SchoolService schools;
    private final BeanProvider<WebServer> webServer;
    private final HttpsConfirmationRepository confirmations;
    private final Permissions permissions;
    private final AuditLog auditLog;
    private final EventBus events;
    private final Clock clock;
    private volatile Boolean confirmed;

    HttpsService(TlsProperties properties, Optional<HttpsKeys> keys,
                 ServerCertificates certificates, SchoolService schools, BeanProvider<WebServer> webServer,
                 HttpsConfirmationRepository confirmations, Permissions permissions, AuditLog auditLog,
                 EventBus events, Clock clock) {
        this.properties = properties;
        this.keys = keys;
        this.certificates = certificates;
        this.schools = schools;
        this.webServer = webServer;
        this.confirmations = confirmations;
        this.permissions = permissions;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    public HttpsStatus findHttpsStatus() {
        int httpPort = webServer.get().getPort();
        int httpsPort = webServer.get().getSecurePort();
        Instant confirmedAt = confirmations.findById(HttpsConfirmation.THE_CONFIRMATION)
                .map(HttpsConfirmation::confirmedAt).orElse(null);
        if (keys.isEmpty()) {
            return new HttpsStatus(false, false, false, null, List.of(), null, httpPort, 0, false, false, confirmedAt);
        }
        X509Certificate leaf = keys.get().servedCertificate().leaf();
        boolean own = !properties.getCertificate().isBlank();
        Instant notAfter = leaf.getNotAfter().toInstant();
        ServerNames names = ServerCertificates.namesOf(leaf);
        List<String> listed = new ArrayList<>(names.dnsNames().stream().sorted().toList());
        listed.addAll(names.addresses().stream().sorted().toList());
        return new HttpsStatus(true, properties.isRedirect(), own, notAfter, listed,
                own ? null : fingerprint(authorityCertificate()), httpPort, httpsPort,
                !clock.instant().isBefore(notAfter.minus(properties.getRenewBefore())),
                httpsPort == HSTS_HTTPS_PORT && httpPort == HSTS_HTTP_PORT && properties.isRedirect(), confirmedAt);
    }

    /** The local root in PEM, for devices to install; empty when the administrator brought their own certificate. */
    public Optional<String> findAuthorityCertificatePem() {
        if (keys.isEmpty() || !properties.getCertificate().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(certificates.findAuthorityCertificatePem(schoolName()));
    }

    /**
     * The administrator's word that the school's phones and computers trust the certificate. Only
     * from a page that itself came over HTTPS without a warning (the screen says whether it did):
     * whoever confirms must be looking at the proof.
     */
    @Transactional
    public void confirmHttps(Actor actor, boolean seenOverHttps) {
        permissions.requireAdmin(actor);
        HttpsStatus status = findHttpsStatus();
        if (!status.enabled()) {
            throw PartaException.conflict("https.off");
        }
        if (!status.hstsPossible()) {
            throw PartaException.conflict("https.hstsNeedsStandardPorts");
        }
        if (!seenOverHttps) {
            throw PartaException.conflict("https.confirmOverHttps");
        }
        if (confirmations.existsById(HttpsConfirmation.THE_CONFIRMATION)) {
            return;
        }
        confirmations.save(new HttpsConfirmation(HttpsConfirmation.THE_CONFIRMATION, clock.instant()));
        confirmed = true;
        auditLog.recordEvent("https.confirmed", actor.auditId(), null, null);
        events.publish(new HttpsConfirmationChanged(true));
    }

    /** Stops telling browsers to use HTTPS only (those that heard it keep it until it runs out or they visit again). */
    @Transactional
    public void withdrawHttpsConfirmation(Actor actor) {
        permissions.requireAdmin(actor);
        if (!confirmations.existsById(HttpsConfirmation.THE_CONFIRMATION)) {
            return;
        }
        confirmations.deleteById(HttpsConfirmation.THE_CONFIRMATION);
        confirmed = false;
        auditLog.recordEvent("https.withdrawn", actor.auditId(), null, null);
        events.publish(new HttpsConfirmationChanged(false));
    }

    /** Whether answers over HTTPS carry HSTS now; asked on every request, so kept in memory. */
    boolean isHstsOn() {
        Boolean known = confirmed;
        if (known == null) {
            known = confirmations.existsById(HttpsConfirmation.THE_CONFIRMATION);
            confirmed = known;
        }
        return known && webServer.get().getSecurePort() == HSTS_HTTPS_PORT
                && webServer.get().getPort() == HSTS_HTTP_PORT && properties.isRedirect();
    }

    private X509Certificate authorityCertificate() {
        return keys.get().servedCertificate().chain().getLast();
    }

    private String schoolName() {
        return schools.findSchool().map(School::name).orElse("Парта");
    }

    /** SHA-256 of the certificate, as phones and browsers show it: upper-case pairs joined by colons. */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
