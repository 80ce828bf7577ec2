package ru.parta.ui;

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
import ru.parta.ui.bridge.BundleI18NProvider;

class TranslationsTest {

    private static final Pattern KEY = Pattern.compile(
            "(?:getTranslation|PartaException\\.invalid)\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void russianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(keys("i18n/ui_ru.properties"), keys("i18n/ui_en.properties"));
    }

    @Test
    void everyKeyTheViewsAskForExistsInBothLanguages() throws IOException {
        BundleI18NProvider provider = new BundleI18NProvider();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    for (Locale locale : provider.getProvidedLocales()) {
                        if (!provider.hasTranslation(matcher.group(1), locale)) {
                            missing.add(matcher.group(1) + " (" + locale + ")");
                        }
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(), missing);
    }

    private static TreeSet<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
