package ru.parta.people;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.parta.base.PartaException;

/** The rules for phone numbers, e-mail addresses and birth dates as schools write them. */
final class Contacts {

    static final int EMAIL_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE_CHARS = Pattern.compile("[+0-9()\\-\\s.]+");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private Contacts() {
    }

    /** "+7 (912) 345-67-89" is kept as typed, if it holds 5 to 15 digits and nothing else odd. */
    static @Nullable String cleanPhone(@Nullable String phone) {
        String clean = blankToNull(phone);
        if (clean == null) {
            return null;
        }
        long digits = clean.chars().filter(Character::isDigit).count();
        if (!PHONE_CHARS.matcher(clean).matches() || digits < 5 || digits > 15) {
            throw PartaException.invalid("person.phone.invalid", clean);
        }
        return clean;
    }

    static @Nullable String cleanEmail(@Nullable String email) {
        String clean = blankToNull(email);
        if (clean == null) {
            return null;
        }
        if (clean.length() > EMAIL_MAX || !EMAIL.matcher(clean).matches()) {
            throw PartaException.invalid("person.email.invalid", clean);
        }
        return clean;
    }

    /** "01.09.2014", "1.9.2014" or "2014-09-01"; nothing for blank text. */
    static Optional<LocalDate> parseBirthDate(@Nullable String text, LocalDate today) {
        String clean = blankToNull(text);
        if (clean == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(clean, format);
                checkBirthDate(date, today);
                return Optional.of(date);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw PartaException.invalid("person.birthDate.invalid", clean);
    }

    static void checkBirthDate(@Nullable LocalDate date, LocalDate today) {
        if (date != null && (date.isAfter(today) || date.isBefore(today.minusYears(100)))) {
            throw PartaException.invalid("person.birthDate.invalid", date.toString());
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip();
        return clean.isEmpty() ? null : clean;
    }
}
