package ru.parta.school;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Class names as schools write them: "5А", "5 а", "5-А", "11Б". A Latin look-alike typed on the
 * wrong keyboard layout ("5A") counts as its Cyrillic twin, since a school file mixes them freely.
 */
public final class ClassLabel {

    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 11;
    private static final Pattern LABEL = Pattern.compile("(\\d{1,2})\\s*[-\\s]?\\s*(\\p{L})");

    private ClassLabel() {
    }

    public static String of(int grade, String letter) {
        return grade + letter;
    }

    /** The grade and letter of a label, or nothing if it is not a class name. */
    public static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = LABEL.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int grade = Integer.parseInt(matcher.group(1));
        Optional<String> letter = normalizeLetter(matcher.group(2));
        if (grade < MIN_GRADE || grade > MAX_GRADE || letter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(grade, letter.get()));
    }

    /** One Cyrillic capital letter; Latin look-alikes become Cyrillic. */
    public static Optional<String> normalizeLetter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String letter = text.strip().toUpperCase(Locale.of("ru"));
        if (letter.length() != 1) {
            return Optional.empty();
        }
        char c = cyrillicTwin(letter.charAt(0));
        if (c < 'А' || c > 'Я') {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(c));
    }

    private static char cyrillicTwin(char c) {
        return switch (c) {
            case 'A' -> 'А';
            case 'B' -> 'В';
            case 'E' -> 'Е';
            case 'K' -> 'К';
            case 'M' -> 'М';
            case 'H' -> 'Н';
            case 'O' -> 'О';
            case 'P' -> 'Р';
            case 'C' -> 'С';
            case 'T' -> 'Т';
            case 'X' -> 'Х';
            case 'Y' -> 'У';
            default -> c;
        };
    }

    public record Parsed(int grade, String letter) {
        public String label() {
            return of(grade, letter);
        }
    }
}
