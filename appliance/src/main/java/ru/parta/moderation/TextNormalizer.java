package ru.parta.moderation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a message into the words the filter compares, undoing the usual disguises: Unicode tricks
 * (compatibility forms, zero-width and direction characters, combining marks), "ё" for "е",
 * separators and spaces between letters ("х.у.й", "п и з д а"), look-alike Latin letters, digits and
 * symbols in a Cyrillic word ("xуй", "6лядь", "пи3да"), Russian typed in Latin ("nahui"),
 * leetspeak in English ("sh1t"), and repeated letters ("бляяяя"). Each word comes with every reading
 * the filter should try; the data is in {@code homoglyphs.txt} and {@code translit.txt}.
 */
final class TextNormalizer {

    /** At most this many readings of one disguised word (look-alikes may stand for several letters). */
    private static final int MAX_READINGS = 16;
    private static final String WILDCARDS = "*#";
    private static final Map<Character, Character> LEET = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't', '@', 'a', '$', 's', '!', 'i', '|', 'i');

    private final Map<Character, String> homoglyphs;
    private final List<String[]> translit;

    TextNormalizer(Map<Character, String> homoglyphs, List<String[]> translit) {
        this.homoglyphs = homoglyphs;
        this.translit = translit;
    }

    /** A word of the message: as written (for the record) and the readings to check, in Cyrillic and in Latin. */
    record Word(String written, Set<String> russian, Set<String> english, boolean masked) {
    }

    /** The message after Unicode clean-up, lower case, "ё" as "е". */
    static String clean(String text) {
        // Compatibility forms first (full-width, ligatures), then every accent taken off its letter
        // ("ў", "ӗ", "х̆" are "у", "е", "х"), except the breve that makes "и" into "й".
        String decomposed = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC),
                Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int previous = 0;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (mark && c == BREVE && (previous == 'и' || previous == 'И') && !out.isEmpty()
                    && out.charAt(out.length() - 1) != BREVE) {
                out.appendCodePoint(c);
            } else if (!mark && type != Character.FORMAT && !(type == Character.CONTROL && !Character.isWhitespace(c))) {
                out.appendCodePoint(c);
                previous = c;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static final int BREVE = 0x0306;

    /** The message's chunks (what stands between spaces), cleaned. */
    static List<String> chunks(String cleaned) {
        List<String> chunks = new ArrayList<>();
        for (String chunk : cleaned.split("\\s+")) {
            if (!chunk.isEmpty()) {
                chunks.add(chunk);
            }
        }
        return chunks;
    }

    /** Every word to check: each run of letters, each chunk joined over its separators, runs of spaced letters joined. */
    List<Word> words(List<String> chunks) {
        List<String> raw = new ArrayList<>();
        List<String> lettersOfChunk = new ArrayList<>();
        for (String chunk : chunks) {
            List<String> pieces = pieces(chunk);
            raw.addAll(pieces);
            if (pieces.size() > 1) {
                raw.add(String.join("", pieces));
            }
            lettersOfChunk.add(String.join("", pieces));
        }
        // "х у й", "п и з д е ц", "пи зд ец": three or more short chunks in a row, read as one word
        // (chunks of punctuation alone, "п . и . з", stand between them); and the single letters among them.
        lettersOfChunk = lettersOfChunk.stream().filter(piece -> !piece.isEmpty()).toList();
        int start = 0;
        while (start < lettersOfChunk.size()) {
            int end = start;
            while (end < lettersOfChunk.size() && !lettersOfChunk.get(end).isEmpty()
                    && lettersOfChunk.get(end).length() <= 2) {
                end++;
            }
            if (end - start >= 3 || end - start >= 2 && lettersOfChunk.subList(start, end).stream()
                    .allMatch(piece -> piece.length() == 1)) {
                raw.add(String.join("", lettersOfChunk.subList(start, end)));
                StringBuilder singles = new StringBuilder();
                for (String piece : lettersOfChunk.subList(start, end)) {
                    if (piece.length() == 1) {
                        singles.append(piece);
                    } else if (singles.length() > 0) {
                        raw.add(singles.toString());
                        singles.setLength(0);
                    }
                }
                if (singles.length() > 1) {
                    raw.add(singles.toString());
                }
            }
            start = Math.max(end, start + 1);
        }
        List<Word> words = new ArrayList<>();
        for (String word : raw) {
            if (word.codePoints().anyMatch(Character::isLetter)) {
                words.add(readings(word));
            }
        }
        return words;
    }

    /** The runs of letter-like characters of a chunk (letters, digits, look-alike symbols, masks). */
    private List<String> pieces(String chunk) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isLetterOrDigit(c) || homoglyphs.containsKey(c) || WILDCARDS.indexOf(c) >= 0
                    || LEET.containsKey(c) && piece.length() > 0 && i + 1 < chunk.length()
                    && Character.isLetter(chunk.charAt(i + 1)) && isLatin(piece)) {
                piece.append(c);
            } else if (piece.length() > 0) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** Leetspeak symbols ("sh!t") count as letters only inside a Latin word. */
    private static boolean isLatin(CharSequence piece) {
        return piece.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private Word readings(String word) {
        boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        boolean masked = word.chars().anyMatch(c -> WILDCARDS.indexOf(c) >= 0);
        Set<String> russian = new LinkedHashSet<>();
        Set<String> english = new LinkedHashSet<>();
        if (masked) {
            // "н*а*х*у*й": the stars may be separators rather than hidden letters.
            String unmasked = word.replaceAll("[*#]", "");
            if (!unmasked.isEmpty() && unmasked.length() < word.length()) {
                Word plain = readings(unmasked);
                russian.addAll(plain.russian());
                english.addAll(plain.english());
            }
        }
        if (cyrillic) {
            lookAlikes(word).forEach(reading -> russian.add(collapse(reading)));
        } else {
            String leet = collapse(leet(word));
            english.add(leet);
            russian.add(collapse(transliterate(leet)));
            // Digits as the Latin letters they look like in transliterated Russian ("pi3dec").
            russian.add(collapse(transliterate(collapse(latinDigits(word)))));
            lookAlikes(word).forEach(reading -> russian.add(collapse(reading)));
        }
        return new Word(word, russian, english, masked);
    }

    /** Reads each non-Cyrillic character as the Cyrillic letters it may stand for. */
    private List<String> lookAlikes(String word) {
        List<StringBuilder> readings = new ArrayList<>(List.of(new StringBuilder()));
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String options = Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC ? null : homoglyphs.get(c);
            if (options == null || options.isEmpty()) {
                readings.forEach(reading -> reading.append(c));
                continue;
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder reading : readings) {
                for (int o = 0; o < options.length(); o++) {
                    if (o > 0 && next.size() + readings.size() > MAX_READINGS) {
                        break;
                    }
                    next.add(new StringBuilder(reading).append(options.charAt(o)));
                }
            }
            readings = next;
        }
        return readings.stream().map(StringBuilder::toString).toList();
    }

    private static String latinDigits(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(switch (c) {
                case '3' -> "z";
                case '0' -> "o";
                case '1' -> "i";
                case '4' -> "ch";
                case '6' -> "b";
                case '@' -> "a";
                case '$' -> "s";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    private static String leet(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(LEET.getOrDefault(c, c));
        }
        return out.toString();
    }

    private String transliterate(String latin) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < latin.length()) {
            boolean matched = false;
            for (String[] pair : translit) {
                if (latin.startsWith(pair[0], i)) {
                    out.append(pair[1]);
                    i += pair[0].length();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                out.append(latin.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Every run of one repeated letter written once: "хууууй" is "хуй", "сумма" is "сума". */
    static String collapse(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
