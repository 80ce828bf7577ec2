package ru.parta.console;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import ru.parta.access.Actor;
import ru.parta.base.i18n.Messages;

/**
 * One command as typed: its words after the command's name, who runs it, in which language, and
 * where its answer goes. {@code interactive}: a person at a terminal who can confirm; a script must
 * say {@code --yes} itself.
 */
final class Invocation {

    private final ConsoleIdentity who;
    private final Locale locale;
    private final List<String> words;
    private final PrintWriter out;
    private final Confirmation confirmation;

    /** Asks the person at the terminal; null when there is none. */
    interface Confirmation {
        boolean confirm(String question);
    }

    Invocation(ConsoleIdentity who, Locale locale, List<String> words, PrintWriter out, Confirmation confirmation) {
        this.who = who;
        this.locale = locale;
        this.words = List.copyOf(words);
        this.out = out;
        this.confirmation = confirmation;
    }

    ConsoleIdentity who() {
        return who;
    }

    Actor actor() {
        return who.actor();
    }

    Locale locale() {
        return locale;
    }

    /** The words after the command's name, without the {@code --yes} flag. */
    List<String> words() {
        return words.stream().filter(w -> !w.equals("--yes")).toList();
    }

    String word(int index) {
        List<String> plain = words();
        if (index >= plain.size()) {
            throw new UsageException();
        }
        return plain.get(index);
    }

    /** The words from {@code index} on, joined by spaces (a free text such as an alert's). */
    String rest(int index) {
        List<String> plain = words();
        if (index >= plain.size()) {
            throw new UsageException();
        }
        return String.join(" ", plain.subList(index, plain.size()));
    }

    boolean confirmed(String questionKey, Object... arguments) {
        if (words.contains("--yes")) {
            return true;
        }
        if (confirmation == null) {
            say("console.confirm.needYes");
            return false;
        }
        return confirmation.confirm(text(questionKey, arguments));
    }

    String text(String key, Object... arguments) {
        return Messages.core().translate(key, locale, arguments);
    }

    void say(String key, Object... arguments) {
        out.println(text(key, arguments));
        out.flush();
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    PrintWriter out() {
        return out;
    }

    /** Wrong words for the command: its usage is printed, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException() {
            super(null, null, false, false);
        }
    }
}
