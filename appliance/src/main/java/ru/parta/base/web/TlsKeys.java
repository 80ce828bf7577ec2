package ru.parta.base.web;

import java.security.KeyStore;

/**
 * What the web server needs to open its HTTPS port: the certificate chain and key, and the port.
 * The {@code tls} feature provides it when HTTPS is on; the web server knows nothing of where the
 * certificate comes from. The key store may change while Parta runs (a renewed certificate): the
 * web server takes the current one whenever it is told to reload.
 */
public interface TlsKeys {

    /** A key store holding one private key entry under {@link #ALIAS}, protected by {@link #password()}. */
    KeyStore keyStore();

    char[] password();

    int port();

    String ALIAS = "parta";
}
