package ru.parta.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The school's own certificate authority: one EC P-256 key and a self-signed root valid for ten
 * years, made once in {@code data/tls/} and installed by the school's devices (admin guide), and the
 * server certificates it signs. Only the root's certificate ever leaves the box.
 */
final class LocalAuthority {

    static final String CA_CERTIFICATE = "ca.crt";
    static final String CA_KEY = "ca.key";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final String SIGNATURE = "SHA256withECDSA";

    private final KeyPair keys;
    private final X509Certificate certificate;

    private LocalAuthority(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** The authority kept in {@code directory}, made now if there is none. */
    static LocalAuthority openOrCreate(Path directory, String schoolName, Clock clock) {
        Path certificateFile = directory.resolve(CA_CERTIFICATE);
        Path keyFile = directory.resolve(CA_KEY);
        try {
            if (Files.exists(certificateFile) && Files.exists(keyFile)) {
                X509Certificate root = Pem.certificates(certificateFile).getFirst();
                return new LocalAuthority(new KeyPair(root.getPublicKey(), Pem.privateKey(keyFile)), root);
            }
            KeyPair keys = newKeys();
            Instant now = clock.instant();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, schoolName)
                    .addRDN(BCStyle.CN, "Парта: " + schoolName + " (local CA " + now.getEpochSecond() + ")")
                    .build();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(CA_VALIDITY)), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate root = sign(builder, keys);
            // The key first: a certificate without its key would be useless, a key without a certificate is remade.
            Pem.save(keyFile, Pem.write(keys.getPrivate()), true);
            Pem.save(certificateFile, Pem.write(root), false);
            return new LocalAuthority(keys, root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the local certificate authority in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The Java runtime cannot make EC keys", e);
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** A server certificate for these names, valid from an hour ago (clocks on the LAN disagree) for {@code validity}. */
    IssuedCertificate issue(ServerNames names, Duration validity, Clock clock) {
        try {
            KeyPair serverKeys = newKeys();
            Instant now = clock.instant();
            Instant until = now.plus(validity);
            if (until.isAfter(certificate.getNotAfter().toInstant())) {
                until = certificate.getNotAfter().toInstant();
            }
            List<GeneralName> alternatives = new ArrayList<>();
            for (String name : names.dnsNames()) {
                alternatives.add(new GeneralName(GeneralName.dNSName, name));
            }
            for (String address : names.addresses()) {
                alternatives.add(new GeneralName(GeneralName.iPAddress, address));
            }
            String commonName = names.dnsNames().stream().filter(n -> !n.equals("localhost")).findFirst().orElse("localhost");
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(until),
                    new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build(), serverKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(alternatives.toArray(GeneralName[]::new)))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(serverKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            return new IssuedCertificate(List.of(sign(builder, keys), certificate), serverKeys.getPrivate());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The server certificate could not be made", e);
        }
    }

    /** Whether a certificate came from this authority. */
    boolean issued(X509Certificate candidate) {
        try {
            candidate.verify(keys.getPublic());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) throws GeneralSecurityException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair newKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    /** Positive, 159 bits of randomness: RFC 5280 allows 20 octets, browsers want unpredictable serials. */
    private static BigInteger serial() {
        return new BigInteger(159, new SecureRandom());
    }
}
