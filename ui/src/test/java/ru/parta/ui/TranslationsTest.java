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

    /** MessageFormat reads "'" as a quote: "the school's {0}" would print "the schools {0}" literally. */
    @Test
    void noTextWithArgumentsHasAPlainApostrophe() throws IOException {
        TreeSet<String> broken = new TreeSet<>();
        for (String resource : new String[] {"i18n/ui_ru.properties", "i18n/ui_en.properties",
                "i18n/core_ru.properties", "i18n/core_en.properties"}) {
            Properties properties = new Properties();
            try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    broken.add(resource + ": " + key);
                }
            }
        }
        assertEquals(new TreeSet<>(), broken);
    }

    private static TreeSet<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
