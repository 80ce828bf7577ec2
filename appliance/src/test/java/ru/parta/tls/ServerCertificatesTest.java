package ru.parta.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.parta.base.DataDirectory;
import ru.parta.mdns.MdnsProperties;

/**
 * The local authority and the server certificate: made once and kept, valid for the names the box
 * has, checked by the JDK's own PKIX validator against the root alone (as a phone that installed
 * it does), renewed before it runs out and reissued when a name appears; an administrator's own
 * certificate is taken as it is, and a key that is not its own is refused.
 */
class ServerCertificatesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path data;

    private ServerCertificates certificates(Clock clock, TlsProperties properties) {
        DataDirectory dir = new DataDirectory();
        dir.setDir(data.toString());
        MdnsProperties mdns = new MdnsProperties();
        mdns.setName("Parta-Shkola1");
        return new ServerCertificates(dir, properties, mdns, clock);
    }

    @Test
    void theRootIsMadeOnceAndTheServerCertificateChainsToItForEveryNameOfTheBox() throws Exception {
        TlsProperties properties = new TlsProperties();
        properties.setNames(List.of("parta.school.local", "10.20.30.40", "FD00:0:0::2"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        IssuedCertificate first = certificates(clock, properties).findServerCertificate("Школа №1");
        X509Certificate root = first.chain().get(1);
        assertTrue(root.getBasicConstraints() >= 0, "the root is a CA");
        assertTrue(Files.readString(data.resolve("tls/ca.crt")).startsWith("-----BEGIN CERTIFICATE-----"));

        ServerNames names = ServerCertificates.namesOf(first.leaf());
        assertTrue(names.dnsNames().containsAll(Set.of("localhost", "parta.school.local", "parta-shkola1.local")),
                "the configured names and the one announced on the LAN: " + names);
        assertTrue(names.addresses().containsAll(Set.of("127.0.0.1", "10.20.30.40", "fd00::2")), names.toString());
        assertTrue(first.leaf().getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "for TLS servers");
        long days = Duration.between(first.leaf().getNotBefore().toInstant(), first.leaf().getNotAfter().toInstant()).toDays();
        assertTrue(days <= 398, "browsers refuse longer: " + days);
        validates(first.leaf(), root, NOW);
        assertTrue(ServerCertificates.belongTogether(first.leaf(), first.key()));

        IssuedCertificate again = certificates(clock, properties).findServerCertificate("Школа №1");
        assertEquals(first.leaf(), again.leaf(), "kept across starts");
        assertEquals(root, again.chain().get(1));
    }

    @Test
    void addressesReadAsPeopleWriteThemWhereverTheyCameFrom() {
        assertEquals("::1", ServerNames.textOf(InetAddress.ofLiteral("0:0:0:0:0:0:0:1")));
        assertEquals("fd00::2", ServerNames.textOf(InetAddress.ofLiteral("FD00:0000::0002")));
        assertEquals("1:0:0:2::3", ServerNames.textOf(InetAddress.ofLiteral("1:0:0:2:0:0:0:3")), "the longer run of zeros");
        assertEquals("2001:db8::1:0:0:1", ServerNames.textOf(InetAddress.ofLiteral("2001:db8:0:0:1:0:0:1")), "the first of equal runs");
        assertEquals("2001:db8:0:1:1:1:1:1", ServerNames.textOf(InetAddress.ofLiteral("2001:db8:0:1:1:1:1:1")), "one zero group stays");
        assertEquals("fe80::1", ServerNames.textOf(InetAddress.ofLiteral("fe80::1%1")), "no zone");
        assertEquals("10.20.30.40", ServerNames.textOf(InetAddress.ofLiteral("10.20.30.40")));
    }

    @Test
    void itIsRenewedBeforeItRunsOutAndReissuedWhenTheBoxGetsANewName() throws Exception {
        TlsProperties properties = new TlsProperties();
        IssuedCertificate first = certificates(Clock.fixed(NOW, ZoneOffset.UTC), properties).findServerCertificate("Школа");
        Instant nearTheEnd = first.leaf().getNotAfter().toInstant().minus(Duration.ofDays(10));
        IssuedCertificate renewed = certificates(Clock.fixed(nearTheEnd, ZoneOffset.UTC), properties).findServerCertificate("Школа");
        assertNotEquals(first.leaf(), renewed.leaf());
        assertTrue(renewed.leaf().getNotAfter().toInstant().isAfter(nearTheEnd.plus(Duration.ofDays(300))));
        assertEquals(first.chain().get(1), renewed.chain().get(1), "the same root: devices keep trusting it");

        properties.setNames(List.of("parta.district.ru"));
        IssuedCertificate named = certificates(Clock.fixed(nearTheEnd, ZoneOffset.UTC), properties).findServerCertificate("Школа");
        assertNotEquals(renewed.leaf(), named.leaf());
        assertTrue(ServerCertificates.namesOf(named.leaf()).dnsNames().contains("parta.district.ru"));
    }

    @Test
    void anAdministratorsOwnCertificateIsServedAsItIsAndAForeignKeyIsRefused() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Path elsewhere = Files.createDirectories(data.resolve("elsewhere"));
        LocalAuthority districtCa = LocalAuthority.openOrCreate(elsewhere, "Район", clock);
        IssuedCertificate district = districtCa.issue(new ServerNames(Set.of("parta.rayon.ru"), Set.of()), Duration.ofDays(90), clock);
        Path certificate = elsewhere.resolve("parta.crt");
        Path key = elsewhere.resolve("parta.key");
        Pem.save(certificate, Pem.write(district.chain().toArray()), false);
        Pem.save(key, Pem.write(district.key()), true);
        TlsProperties properties = new TlsProperties();
        properties.setCertificate(certificate.toString());
        properties.setPrivateKey(key.toString());
        IssuedCertificate served = certificates(clock, properties).findServerCertificate("Школа");
        assertEquals(district.leaf(), served.leaf());
        assertFalse(Files.exists(data.resolve("tls/server.crt")), "no local certificate is made beside it");

        IssuedCertificate other = districtCa.issue(new ServerNames(Set.of("x.rayon.ru"), Set.of()), Duration.ofDays(90), clock);
        Pem.save(key, Pem.write(other.key()), true);
        assertThrows(IllegalStateException.class, () -> certificates(clock, properties).findServerCertificate("Школа"));
    }

    private static void validates(X509Certificate leaf, X509Certificate root, Instant at) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(at));
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf)), parameters);
    }
}
