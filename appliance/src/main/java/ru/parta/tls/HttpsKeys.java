package ru.parta.tls;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import ru.parta.base.BesideStart;
import ru.parta.base.web.TlsKeys;
import ru.parta.school.School;
import ru.parta.school.SchoolService;

/**
 * The server certificate as the web server takes it: an in-memory PKCS#12 store with a password
 * made for this start only (the key never lands on disk in another form than its PEM file).
 */
@Singleton
@Requires(property = "parta.https.enabled", value = "true", defaultValue = "true")
class HttpsKeys implements TlsKeys {

    private final ServerCertificates certificates;
    private final SchoolService schools;
    private final char[] password;
    private final int port;
    private final CompletableFuture<Served> first;
    private volatile Served served;

    private record Served(IssuedCertificate certificate, KeyStore store) {
    }

    HttpsKeys(ServerCertificates certificates, SchoolService schools, TlsProperties properties) {
        this.certificates = certificates;
        this.schools = schools;
        this.port = properties.getPort();
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        this.password = HexFormat.of().formatHex(random).toCharArray();
        // Awaited by the web server when it opens the HTTPS port: a broken certificate still stops the start there.
        this.first = BesideStart.supply("https-keys", () -> serve(certificates.findServerCertificate(schoolName())));
    }

    /**
     * Asks for the certificate to serve now (renewed or reissued when due); true when it is not
     * the one being served, so the web server must reload.
     */
    synchronized boolean refresh() {
        IssuedCertificate now = certificates.findServerCertificate(schoolName());
        if (now.leaf().equals(served().certificate().leaf())) {
            return false;
        }
        served = serve(now);
        return true;
    }

    IssuedCertificate servedCertificate() {
        return served().certificate();
    }

    @Override
    public KeyStore keyStore() {
        return served().store();
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public int port() {
        return port;
    }

    private Served served() {
        Served now = served;
        if (now != null) {
            return now;
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private String schoolName() {
        return schools.findSchool().map(School::name).orElse("Парта");
    }

    private Served serve(IssuedCertificate issued) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, issued.key(), password, issued.chain().toArray(Certificate[]::new));
            return new Served(issued, store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The HTTPS key store could not be made", e);
        }
    }
}
