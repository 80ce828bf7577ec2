package ru.parta.e2e;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a device on the school's LAN does, run as its own program inside the test's network
 * namespace (the test JVM itself cannot enter it): {@code https CA URL} fetches a page trusting
 * only the school's root and prints the status; {@code mdns NAME.local} asks the LAN who has that
 * name by multicast DNS, as phones do, and prints the address that answered.
 */
public final class LanProbe {

    private static final InetSocketAddress MDNS = new InetSocketAddress("224.0.0.251", 5353);

    public static void main(String[] arguments) throws Exception {
        switch (arguments[0]) {
            case "https" -> System.exit(https(Path.of(arguments[1]), URI.create(arguments[2])) == 200 ? 0 : 1);
            case "mdns" -> System.exit(mdns(arguments[1]) == null ? 1 : 0);
            default -> throw new IllegalArgumentException(arguments[0]);
        }
    }

    static int https(Path root, URI address) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(root)) {
            trusted.setCertificateEntry("school", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        int status = HttpClient.newBuilder().sslContext(context).build()
                .send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        System.out.println("status " + status);
        return status;
    }

    static String mdns(String name) throws Exception {
        NetworkInterface lan = NetworkInterface.getByName("lo");
        try (MulticastSocket socket = new MulticastSocket(5353)) {
            socket.joinGroup(MDNS, lan);
            socket.setNetworkInterface(lan);
            socket.setSoTimeout(500);
            byte[] query = query(name);
            long until = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < until) {
                socket.send(new DatagramPacket(query, query.length, MDNS));
                long resend = System.nanoTime() + 1_000_000_000L;
                while (System.nanoTime() < resend) {
                    DatagramPacket packet = new DatagramPacket(new byte[9000], 9000);
                    try {
                        socket.receive(packet);
                    } catch (SocketTimeoutException e) {
                        continue;
                    }
                    String address = answer(ByteBuffer.wrap(packet.getData(), 0, packet.getLength()), name);
                    if (address != null) {
                        System.out.println(name + " " + address);
                        return address;
                    }
                }
            }
        }
        System.out.println(name + " unanswered");
        return null;
    }

    /** A standard query for the name's IPv4 address. */
    private static byte[] query(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0});
        for (String label : name.split("\\.")) {
            byte[] bytes = label.getBytes(StandardCharsets.US_ASCII);
            out.write(bytes.length);
            out.writeBytes(bytes);
        }
        out.writeBytes(new byte[] {0, 0, 1, 0, 1});
        return out.toByteArray();
    }

    /** The address in an answer (not a question) for the name, if the packet holds one. */
    private static String answer(ByteBuffer packet, String name) throws Exception {
        if ((packet.getShort(2) & 0x8000) == 0) {
            return null;
        }
        int questions = packet.getShort(4) & 0xffff;
        int records = (packet.getShort(6) & 0xffff) + (packet.getShort(8) & 0xffff) + (packet.getShort(10) & 0xffff);
        packet.position(12);
        for (int i = 0; i < questions; i++) {
            readName(packet);
            packet.position(packet.position() + 4);
        }
        for (int i = 0; i < records; i++) {
            String owner = readName(packet);
            int type = packet.getShort() & 0xffff;
            packet.getShort();
            packet.getInt();
            int length = packet.getShort() & 0xffff;
            byte[] data = new byte[length];
            packet.get(data);
            if (type == 1 && length == 4 && owner.equalsIgnoreCase(name)) {
                return InetAddress.getByAddress(data).getHostAddress();
            }
        }
        return null;
    }

    private static String readName(ByteBuffer packet) {
        StringBuilder name = new StringBuilder();
        int position = packet.position();
        int after = -1;
        while (true) {
            int length = packet.get(position) & 0xff;
            if (length == 0) {
                position++;
                break;
            }
            if ((length & 0xc0) == 0xc0) {
                if (after < 0) {
                    after = position + 2;
                }
                position = ((length & 0x3f) << 8) | (packet.get(position + 1) & 0xff);
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(new String(packet.array(), packet.arrayOffset() + position + 1, length, StandardCharsets.US_ASCII));
            position += length + 1;
        }
        packet.position(after >= 0 ? after : position);
        return name.toString().toLowerCase(Locale.ROOT);
    }
}
