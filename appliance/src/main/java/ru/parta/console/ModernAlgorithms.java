package ru.parta.console;

import java.util.List;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

/**
 * Only what current OpenSSH prefers and {@code ssh-audit} passes (docs/security.md): post-quantum
 * hybrid and Curve25519 key exchange (large finite-field groups as a fallback), AEAD ciphers or CTR
 * with encrypt-then-MAC, and Ed25519 or RSA-SHA2 signatures. No SHA-1, no CBC, no NIST curves.
 */
final class ModernAlgorithms {

    private static final List<BuiltinDHFactories> KEX = List.of(BuiltinDHFactories.mlkem768x25519,
            BuiltinDHFactories.sntrup761x25519_openssh, BuiltinDHFactories.sntrup761x25519,
            BuiltinDHFactories.curve25519, BuiltinDHFactories.curve25519_libssh,
            BuiltinDHFactories.dhg18_512, BuiltinDHFactories.dhg16_512);
    private static final List<BuiltinCiphers> CIPHERS = List.of(BuiltinCiphers.cc20p1305_openssh,
            BuiltinCiphers.aes256gcm, BuiltinCiphers.aes128gcm, BuiltinCiphers.aes256ctr, BuiltinCiphers.aes192ctr,
            BuiltinCiphers.aes128ctr);
    private static final List<BuiltinMacs> MACS = List.of(BuiltinMacs.hmacsha512etm, BuiltinMacs.hmacsha256etm);
    private static final List<BuiltinSignatures> SIGNATURES = List.of(BuiltinSignatures.ed25519,
            BuiltinSignatures.rsaSHA512, BuiltinSignatures.rsaSHA256);

    private ModernAlgorithms() {
    }

    static void apply(SshServer server) {
        List<KeyExchangeFactory> kex = NamedFactory.setUpTransformedFactories(false,
                KEX.stream().filter(BuiltinDHFactories::isSupported).toList(), ServerBuilder.DH2KEX);
        server.setKeyExchangeFactories(kex);
        server.setCipherFactories(CIPHERS.stream().filter(BuiltinCiphers::isSupported)
                .<NamedFactory<Cipher>>map(c -> c).toList());
        server.setMacFactories(MACS.stream().filter(BuiltinMacs::isSupported).<NamedFactory<Mac>>map(m -> m).toList());
        server.setSignatureFactories(SIGNATURES.stream().filter(BuiltinSignatures::isSupported)
                .<NamedFactory<Signature>>map(s -> s).toList());
    }
}
