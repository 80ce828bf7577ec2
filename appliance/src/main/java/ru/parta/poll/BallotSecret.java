package ru.parta.poll;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key under which a person's anonymous ballots are filed. It is derived from their password
 * when they sign in and lives only in their session's memory: the database holds the ballot under
 * an HMAC of the poll id with it, never the key, and cannot make it (it has only the password's
 * Argon2 hash). So the voter can find and change their ballot from any device they sign in on,
 * while a reader of the tables cannot tell whose a ballot is. A new password means a new key:
 * earlier anonymous votes then stay as cast (docs/privacy.md).
 */
public final class BallotSecret {

    /** PBKDF2 rounds: a few tens of milliseconds at sign-in, on top of the password check. */
    private static final int ROUNDS = 60_000;

    private final byte[] key;

    private BallotSecret(byte[] key) {
        this.key = key;
    }

    public static BallotSecret fromPassword(long accountId, String password) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(),
                    ("parta-ballots:" + accountId).getBytes(StandardCharsets.UTF_8), ROUNDS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new BallotSecret(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        }
    }

    /** The key of this person's ballot in one poll. */
    String ballotKey(long pollId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("poll:" + pollId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "BallotSecret[hidden]";
    }
}
