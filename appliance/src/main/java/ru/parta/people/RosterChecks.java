package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.parta.access.PersonName;
import ru.parta.base.PartaException;
import ru.parta.base.i18n.Phrase;
import ru.parta.school.SchoolClass;

/** Field checks shared by the three roster kinds; each problem is collected, never thrown. */
final class RosterChecks {

    private RosterChecks() {
    }

    static @Nullable String name(String text, List<Phrase> problems) {
        return check(() -> PersonName.clean(text), problems);
    }

    static @Nullable SchoolClass schoolClass(String label, RosterContext context, List<Phrase> problems) {
        if (label.isEmpty()) {
            problems.add(Phrase.of("roster.problem.classRequired"));
            return null;
        }
        SchoolClass found = context.classByLabel(label).orElse(null);
        if (found == null) {
            problems.add(Phrase.of("roster.problem.classUnknown", label));
        }
        return found;
    }

    static @Nullable LocalDate birthDate(String text, LocalDate today, List<Phrase> problems) {
        return check(() -> Contacts.parseBirthDate(text, today).orElse(null), problems);
    }

    static @Nullable String phone(String text, List<Phrase> problems) {
        return check(() -> Contacts.cleanPhone(text), problems);
    }

    static @Nullable String email(String text, List<Phrase> problems) {
        return check(() -> Contacts.cleanEmail(text), problems);
    }

    /** "5А, 6Б" or "Математика; Физика" as a list, blanks dropped. */
    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split("[,;/]")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    static PlannedLine problem(RosterFile.Line line, List<Phrase> problems) {
        String name = line.name();
        return new PlannedLine(line.number(), name, PlannedLine.Action.PROBLEM, List.of(), problems);
    }

    private static <T> @Nullable T check(java.util.function.Supplier<T> parse, List<Phrase> problems) {
        try {
            return parse.get();
        } catch (PartaException e) {
            problems.add(Phrase.of(e.messageKey(), e.arguments()));
            return null;
        }
    }
}
