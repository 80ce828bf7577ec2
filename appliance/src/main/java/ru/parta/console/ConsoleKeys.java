package ru.parta.console;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import ru.parta.base.PartaException;

/**
 * Reading an OpenSSH public key line ({@code ssh-ed25519 AAAA… comment}) with MINA SSHD's own
 * parser: only Ed25519 and RSA of at least 3072 bits (what {@code ssh-keygen} makes by default)
 * are taken; the fingerprint is OpenSSH's ({@code SHA256:…}).
 */
final class ConsoleKeys {

    static final int MIN_RSA_BITS = 3072;

    private ConsoleKeys() {
    }

    /** A parsed key: its canonical line (no options, no comment) and fingerprint. */
    record Parsed(PublicKey key, String line, String fingerprint) {
    }

    static Parsed parse(String text) {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty()) {
            throw PartaException.invalid("console.key.required");
        }
        if (line.contains("\n") || line.length() > 4000 || line.contains("PRIVATE KEY")) {
            throw PartaException.invalid(line.contains("PRIVATE KEY") ? "console.key.private" : "console.key.unreadable");
        }
        PublicKey key;
        try {
            AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
            if (entry == null) {
                throw PartaException.invalid("console.key.unreadable");
            }
            key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (PartaException e) {
            throw e;
        } catch (Exception e) {
            throw PartaException.invalid("console.key.unreadable");
        }
        return accept(key);
    }

    static Parsed accept(PublicKey key) {
        if (key == null) {
            throw PartaException.invalid("console.key.unreadable");
        }
        String type = KeyUtils.getKeyType(key);
        if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                throw PartaException.invalid("console.key.rsaTooShort", MIN_RSA_BITS);
            }
        } else if (!"ssh-ed25519".equals(type)) {
            throw PartaException.invalid("console.key.type");
        }
        try {
            return new Parsed(key, PublicKeyEntry.toString(key), KeyUtils.getFingerPrint(key));
        } catch (IllegalArgumentException e) {
            throw PartaException.invalid("console.key.unreadable");
        }
    }
}
