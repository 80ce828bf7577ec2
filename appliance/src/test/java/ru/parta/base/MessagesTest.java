package ru.parta.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.parta.base.i18n.Messages;

class MessagesTest {

    private static final Pattern ERROR_KEY = Pattern.compile(
            "PartaException\\.(?:invalid|forbidden|conflict|limit|notFound)\\(\\s*\"([^\"]+)\"");

    @Test
    void russianIsTheDefaultAndEnglishIsOnRequest() {
        Messages messages = Messages.core();
        assertEquals("Неверный логин или пароль.", messages.translate("login.failed", null));
        assertEquals("Неверный логин или пароль.", messages.translate("login.failed", Locale.GERMAN));
        assertEquals("Wrong login or password.", messages.translate("login.failed", Locale.UK));
        assertEquals("Пароль должен быть не короче 8 символов.", messages.translate("password.tooShort", null, 8));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(keys("i18n/core_ru.properties"), keys("i18n/core_en.properties"));
    }

    @Test
    void everyErrorKeyThrownByTheCoreIsTranslated() throws IOException {
        TreeSet<String> thrown = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = ERROR_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    thrown.add(matcher.group(1));
                }
            }
        }
        thrown.add("setup.code.wrong");
        TreeSet<String> known = keys("i18n/core_ru.properties");
        thrown.removeAll(known);
        assertEquals(new TreeSet<>(), thrown, "error keys without a translation");
    }

    private static TreeSet<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
