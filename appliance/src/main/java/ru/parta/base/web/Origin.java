package ru.parta.base.web;

/**
 * The start of an address on the LAN ({@code https://192.168.1.10:8443}), for links and redirects
 * that must keep the name or address the device typed: an IPv6 address goes in brackets, the
 * scheme's own port is left out.
 */
public final class Origin {

    private Origin() {
    }

    public static String of(String scheme, String host, int port) {
        String inUrl = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        int usual = "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + inUrl + (port == usual ? "" : ":" + port);
    }
}
