package ru.parta.people;

import java.util.List;
import ru.parta.base.i18n.Phrase;

/** What the import will do with one line of the file, or why it cannot. */
public record PlannedLine(int line, String name, Action action, List<Phrase> changes, List<Phrase> problems) {

    public PlannedLine {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public enum Action {
        /** A person the school did not have: created not activated, with an activation code. */
        NEW,
        /** A person already known: what changes is listed. */
        UPDATE,
        UNCHANGED,
        /** The line has problems; nothing is imported until they are fixed. */
        PROBLEM;

        public String messageKey() {
            return "roster.action." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
