package ru.parta.access;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Pattern;
import ru.parta.base.PartaException;

/** The rules for logins and passwords, checked before anything is written. */
@Singleton
public class Credentials {

    static final int LOGIN_MIN = 3;
    static final int LOGIN_MAX = 32;
    static final int PASSWORD_MAX = 128;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final AccessProperties properties;

    Credentials(AccessProperties properties) {
        this.properties = properties;
    }

    /** Logins compare without case and surrounding spaces: "Smirnova " is "smirnova". */
    public static String normalizeLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    public String checkLogin(String login) {
        String normalized = normalizeLogin(login);
        if (normalized.isEmpty()) {
            throw PartaException.invalid("login.required");
        }
        if (normalized.length() < LOGIN_MIN || normalized.length() > LOGIN_MAX) {
            throw PartaException.invalid("login.length", LOGIN_MIN, LOGIN_MAX);
        }
        if (!LOGIN.matcher(normalized).matches()) {
            throw PartaException.invalid("login.characters");
        }
        return normalized;
    }

    public void checkPassword(String normalizedLogin, String password) {
        if (password == null || password.isEmpty()) {
            throw PartaException.invalid("password.required");
        }
        if (password.length() < properties.getPasswordMinLength()) {
            throw PartaException.invalid("password.tooShort", properties.getPasswordMinLength());
        }
        if (password.length() > PASSWORD_MAX) {
            throw PartaException.invalid("password.tooLong", PASSWORD_MAX);
        }
        boolean hasLetter = password.codePoints().anyMatch(Character::isLetter);
        boolean hasDigit = password.codePoints().anyMatch(Character::isDigit);
        if (!hasLetter || !hasDigit) {
            throw PartaException.invalid("password.lettersAndDigits");
        }
        if (!normalizedLogin.isEmpty() && password.toLowerCase(Locale.ROOT).contains(normalizedLogin)) {
            throw PartaException.invalid("password.containsLogin");
        }
    }

    public int passwordMinLength() {
        return properties.getPasswordMinLength();
    }
}
