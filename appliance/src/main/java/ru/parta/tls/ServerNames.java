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
                        addresses.add(address.getHostAddress().replaceAll("%.*$", ""));
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
                addresses.add(trimmed);
            } else {
                names.add(trimmed);
            }
        }
        return new ServerNames(names, addresses);
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
