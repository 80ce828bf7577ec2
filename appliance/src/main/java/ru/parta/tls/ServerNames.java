package ru.parta.tls;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name and address a device on the LAN may type to reach Parta: the box's host name (and
 * that name with {@code .local}, as mDNS announces it), {@code localhost}, each address of each
 * interface that is up, and the names the settings add. Link-local IPv6 addresses are left out:
 * nobody types them and they change with the interface.
 */
record ServerNames(Set<String> dnsNames, Set<String> addresses) {

    ServerNames {
        dnsNames = Collections.unmodifiableSet(new TreeSet<>(dnsNames));
        addresses = Collections.unmodifiableSet(new TreeSet<>(addresses));
    }

    static ServerNames ofThisMachine(Collection<String> extra) {
        Set<String> names = new TreeSet<>();
        Set<String> addresses = new TreeSet<>();
        names.add("localhost");
        try {
            String host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            if (!host.isBlank() && !host.equals("localhost") && !Character.isDigit(host.charAt(0))) {
                names.add(host);
                if (!host.contains(".")) {
                    names.add(host + ".local");
                }
            }
        } catch (UnknownHostException e) {
            // A box without a resolvable host name still has its addresses.
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (!(address instanceof Inet6Address && address.isLinkLocalAddress())) {
                        addresses.add(textOf(address));
                    }
                }
            }
        } catch (SocketException e) {
            addresses.add("127.0.0.1");
        }
        for (String name : extra) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (isAddress(trimmed)) {
                addresses.add(textOf(InetAddress.ofLiteral(trimmed)));
            } else {
                names.add(trimmed);
            }
        }
        return new ServerNames(names, addresses);
    }

    /**
     * One text per address, as people see it (RFC 5952: IPv6 in lower case, the longest run of zero
     * groups as "::", no zone), so that an address compares equal wherever it came from: the
     * machine's interfaces, the settings, a certificate. Java's own text is the long form
     * ("0:0:0:0:0:0:0:1") and the JDK has no short one.
     */
    static String textOf(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < 8; ) {
            int end = i;
            while (end < 8 && groups[end] == 0) {
                end++;
            }
            if (end - i > runLength) {
                runStart = i;
                runLength = end - i;
            }
            i = Math.max(end, i + 1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                text.append("::");
                i += runLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    static boolean isAddress(String text) {
        try {
            InetAddress.ofLiteral(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a certificate made for {@code other} also serves every name here. */
    boolean coveredBy(ServerNames other) {
        return other.dnsNames.containsAll(dnsNames) && other.addresses.containsAll(addresses);
    }
}
