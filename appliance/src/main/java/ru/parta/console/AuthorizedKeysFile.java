package ru.parta.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.util.HashSet;
import java.util.Set;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys in the configuration directory's {@code authorized_keys} (OpenSSH's format), read again
 * whenever the file changes; a line that is not a usable key is skipped with a warning, never the
 * whole file. These keys may sign in as any administrator: the file belongs to whoever owns the box.
 */
final class AuthorizedKeysFile {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizedKeysFile.class);

    private final Path file;
    private FileTime readAt;
    private Set<String> fingerprints = Set.of();

    AuthorizedKeysFile(Path file) {
        this.file = file;
    }

    synchronized boolean contains(String fingerprint) {
        refresh();
        return fingerprints.contains(fingerprint);
    }

    private void refresh() {
        try {
            if (!Files.isRegularFile(file)) {
                fingerprints = Set.of();
                readAt = null;
                return;
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(readAt)) {
                return;
            }
            Set<String> read = new HashSet<>();
            for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(file)) {
                try {
                    PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
                    read.add(ConsoleKeys.accept(key).fingerprint());
                } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
                    LOG.warn("A line of {} is not a key the console takes (Ed25519, or RSA of 3072 bits or more): {}",
                            file, entry.getComment());
                }
            }
            fingerprints = Set.copyOf(read);
            readAt = modified;
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} cannot be read: {}", file, e.toString());
            fingerprints = Set.of();
        }
    }
}
