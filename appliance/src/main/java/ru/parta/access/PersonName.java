package ru.parta.access;

import ru.parta.base.DisplayText;
import java.util.Locale;
import ru.parta.base.PartaException;

/** Full names as people type them, and the folded key that search and roster matching compare. */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /** Trims and collapses spaces; refuses an empty or overlong name. */
    public static String clean(String fullName) {
        String name = DisplayText.name(fullName);
        if (name.isEmpty()) {
            throw PartaException.invalid("account.fullName.required");
        }
        if (name.length() > MAX_LENGTH) {
            throw PartaException.invalid("account.fullName.tooLong", MAX_LENGTH);
        }
        return name;
    }

    /** "Петров  Артём " and "петров артем" are the same key: case, "ё" and spacing do not matter. */
    public static String key(String text) {
        return DisplayText.name(text).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
    }
}
