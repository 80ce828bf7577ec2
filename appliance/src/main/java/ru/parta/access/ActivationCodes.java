package ru.parta.access;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Activation codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 60
 * bits, so guessing one within its validity is hopeless while typing one from paper stays easy.
 */
public final class ActivationCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ActivationCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, as stored: upper case, no spaces or dashes, Cyrillic look-alikes as Latin. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-') {
                continue;
            }
            code.append(latinTwin(c));
        }
        return code.toString();
    }

    static String display(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }

    /** A code read off paper may be typed on a Russian keyboard layout: "Р" for "P", "С" for "C". */
    private static char latinTwin(char c) {
        return switch (c) {
            case 'А' -> 'A';
            case 'В' -> 'B';
            case 'Е' -> 'E';
            case 'К' -> 'K';
            case 'М' -> 'M';
            case 'Н' -> 'H';
            case 'Р' -> 'P';
            case 'С' -> 'C';
            case 'Т' -> 'T';
            case 'Х' -> 'X';
            case 'У' -> 'Y';
            default -> c;
        };
    }
}
