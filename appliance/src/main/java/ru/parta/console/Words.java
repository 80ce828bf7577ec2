package ru.parta.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.parta.base.i18n.Messages;

/** Splitting a typed line into words (quotes keep spaces), and the language a session asked for. */
final class Words {

    private Words() {
    }

    /** {@code alert fire "Все на выход"} → [alert, fire, Все на выход]; an unclosed quote runs to the end. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Russian unless the session asks for English: {@code --lang en} among the words wins, else the
     * client's {@code LANG}/{@code LC_ALL} (OpenSSH sends them by default on Debian).
     */
    static Locale locale(List<String> words, Map<String, String> environment) {
        int flag = words.indexOf("--lang");
        if (flag >= 0 && flag + 1 < words.size()) {
            return words.get(flag + 1).toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.RUSSIAN;
        }
        String lang = environment.getOrDefault("LC_ALL", environment.getOrDefault("LANG", ""));
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Messages.ENGLISH : Messages.RUSSIAN;
    }

    /** The words without {@code --lang xx}. */
    static List<String> withoutLanguage(List<String> words) {
        List<String> rest = new ArrayList<>(words);
        int flag = rest.indexOf("--lang");
        if (flag >= 0) {
            rest.remove(flag);
            if (flag < rest.size()) {
                rest.remove(flag);
            }
        }
        return rest;
    }
}
