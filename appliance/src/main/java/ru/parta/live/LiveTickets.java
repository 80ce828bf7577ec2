package ru.parta.live;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.parta.access.Actor;
import ru.parta.access.Permissions;
import ru.parta.base.DataDirectory;

/**
 * A tab's ticket for the live connection: the account and the signed-in session it belongs to,
 * signed with a key kept in the data directory. The HTTP session lives in the server's memory and
 * is gone after a restart; the ticket (and the session row it names) is not, so a tab reconnects
 * and resumes after a restart without anyone signing in again. It opens nothing but the live
 * connection, and only while its session stands.
 */
@Singleton
public class LiveTickets {

    private static final String KEY_FILE = "live-ticket.key";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Permissions permissions;

    LiveTickets(DataDirectory data, Permissions permissions) {
        this.key = loadOrMakeKey(data.root().resolve(KEY_FILE));
        this.permissions = permissions;
    }

    /** For the page of a signed-in tab: names the person and the session the actor came through. */
    public String issueTicket(Actor actor) {
        permissions.requirePerson(actor);
        String claim = actor.accountId() + "." + actor.sessionId();
        return claim + "." + sign(claim);
    }

    /** The account and session a well-signed ticket names, or null. */
    Holder read(String ticket) {
        if (ticket == null || ticket.length() > 300) {
            return null;
        }
        int last = ticket.lastIndexOf('.');
        int first = ticket.indexOf('.');
        if (first <= 0 || last <= first) {
            return null;
        }
        String claim = ticket.substring(0, last);
        byte[] given = ticket.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(claim).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return new Holder(Long.parseLong(ticket.substring(0, first)), ticket.substring(first + 1, last));
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    record Holder(long accountId, String sessionId) {
    }

    private String sign(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static byte[] loadOrMakeKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] made = new byte[32];
            new SecureRandom().nextBytes(made);
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(KEY_FILE + ".new");
            Files.write(temporary, made, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply.
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("The live ticket key could not be kept in " + file, e);
        }
    }
}
