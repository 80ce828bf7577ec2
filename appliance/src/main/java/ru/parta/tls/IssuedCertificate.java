package ru.parta.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A server certificate, the chain up to its root, and its key. */
record IssuedCertificate(List<X509Certificate> chain, PrivateKey key) {

    X509Certificate leaf() {
        return chain.getFirst();
    }
}
