package ru.parta.tls;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.DataDirectory;
import ru.parta.mdns.MdnsProperties;

/**
 * The certificate Parta serves HTTPS with. The administrator's own (PEM files named in the
 * settings) when there is one; otherwise one issued by the local authority and kept in
 * {@code data/tls/}, issued again when it is missing, close to running out, or does not name an
 * address the box has now (a new network card, a new DHCP lease).
 */
@Singleton
public class ServerCertificates {

    static final String SERVER_CERTIFICATE = "server.crt";
    static final String SERVER_KEY = "server.key";
    private static final Logger LOG = LoggerFactory.getLogger(ServerCertificates.class);

    private final Path directory;
    private final TlsProperties properties;
    private final MdnsProperties mdns;
    private final Clock clock;

    public ServerCertificates(DataDirectory dataDirectory, TlsProperties properties, MdnsProperties mdns, Clock clock) {
        this.directory = dataDirectory.root().resolve("tls");
        this.properties = properties;
        this.mdns = mdns;
        this.clock = clock;
    }

    /** The certificate to serve now, with its chain and key; issues or renews one when needed. */
    public IssuedCertificate findServerCertificate(String schoolName) {
        if (!properties.getCertificate().isBlank()) {
            return own();
        }
        LocalAuthority authority = LocalAuthority.openOrCreate(directory, schoolName, clock);
        List<String> extraNames = new java.util.ArrayList<>(properties.getNames());
        mdns.localName().ifPresent(extraNames::add);
        ServerNames wanted = ServerNames.ofThisMachine(extraNames);
        IssuedCertificate kept = kept(authority);
        String why = kept == null ? "there is none yet" : reasonToReissue(kept.leaf(), authority, wanted);
        if (why == null) {
            return kept;
        }
        IssuedCertificate issued = authority.issue(wanted, properties.getServerValidity(), clock);
        Pem.save(directory.resolve(SERVER_KEY), Pem.write(issued.key()), true);
        Pem.save(directory.resolve(SERVER_CERTIFICATE), Pem.write(issued.chain().toArray()), false);
        LOG.info("Issued the HTTPS certificate ({}): valid until {} for {} {}", why, issued.leaf().getNotAfter().toInstant(),
                wanted.dnsNames(), wanted.addresses());
        return issued;
    }

    /** The local authority's certificate, for devices to install (PEM). */
    public String findAuthorityCertificatePem(String schoolName) {
        return Pem.write(LocalAuthority.openOrCreate(directory, schoolName, clock).certificate());
    }

    private IssuedCertificate kept(LocalAuthority authority) {
        Path certificate = directory.resolve(SERVER_CERTIFICATE);
        Path key = directory.resolve(SERVER_KEY);
        if (!Files.exists(certificate) || !Files.exists(key)) {
            return null;
        }
        try {
            List<X509Certificate> chain = Pem.certificates(certificate);
            return chain.isEmpty() ? null : new IssuedCertificate(chain, Pem.privateKey(key));
        } catch (IOException e) {
            LOG.warn("The kept HTTPS certificate cannot be read ({}); a new one is issued", e.getMessage());
            return null;
        }
    }

    private String reasonToReissue(X509Certificate leaf, LocalAuthority authority, ServerNames wanted) {
        if (!authority.issued(leaf)) {
            return "the kept one is not from this box's authority";
        }
        Instant renewFrom = leaf.getNotAfter().toInstant().minus(properties.getRenewBefore());
        if (!clock.instant().isBefore(renewFrom)) {
            return "the kept one runs out on " + leaf.getNotAfter().toInstant();
        }
        if (!wanted.coveredBy(namesOf(leaf))) {
            return "the box has a name or address the kept one lacks";
        }
        return null;
    }

    /** The names and addresses a certificate was made for. */
    static ServerNames namesOf(X509Certificate certificate) {
        Set<String> names = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        try {
            var alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> alternative : alternatives) {
                    int type = (Integer) alternative.get(0);
                    String value = String.valueOf(alternative.get(1));
                    if (type == 2) {
                        names.add(value);
                    } else if (type == 7) {
                        addresses.add(ServerNames.textOf(InetAddress.ofLiteral(value)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // Names nothing: it will be issued again.
        }
        return new ServerNames(names, addresses);
    }

    /** Signs a few bytes with the key and checks them with the certificate: the only sure test of a pair. */
    static boolean belongTogether(X509Certificate certificate, java.security.PrivateKey key) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] probe = "parta".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.security.Signature signer = java.security.Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            java.security.Signature checker = java.security.Signature.getInstance(algorithm);
            checker.initVerify(certificate.getPublicKey());
            checker.update(probe);
            return checker.verify(signature);
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private IssuedCertificate own() {
        Path certificate = Path.of(properties.getCertificate());
        Path key = Path.of(properties.getPrivateKey());
        try {
            List<X509Certificate> chain = Pem.certificates(certificate);
            if (chain.isEmpty()) {
                throw new IllegalStateException("No certificate in " + certificate + " (parta.https.certificate)");
            }
            IssuedCertificate own = new IssuedCertificate(chain, Pem.privateKey(key));
            if (!belongTogether(own.leaf(), own.key())) {
                throw new IllegalStateException("The key in " + key + " does not belong to the certificate in " + certificate);
            }
            if (!clock.instant().isBefore(own.leaf().getNotAfter().toInstant().minus(properties.getRenewBefore()))) {
                LOG.warn("The HTTPS certificate in {} runs out on {}: replace it (parta.https.certificate)", certificate,
                        own.leaf().getNotAfter().toInstant());
            }
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the HTTPS certificate or key named in parta.https.*", e);
        }
    }
}
