package ru.parta.base;

import java.security.SecureRandom;
import java.util.Base64;

/** Link tokens (invitations, chat links): 24 random bytes (192 bits) as 32 URL-safe characters. */
public final class Tokens {

    public static final int BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only the characters a token can have; anything else is not worth a database lookup. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == 32 && token.chars().allMatch(c -> Character.isLetterOrDigit(c)
                && c < 128 || c == '-' || c == '_');
    }
}
