package ru.parta.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter's behaviour on the cases the issue names, one disguise at a time. */
class ContentFilterTest {

    private static final ContentFilter FILTER = ContentFilter.standard();

    @Test
    void aRememberedWordIsJudgedAgainForWhereItStands() {
        ContentFilter filter = ContentFilter.standard();
        assertTrue(filter.check("в сказке младший брат долго считался дебилом у старших, а потом женился").passed(),
                "told about, not addressed");
        assertEquals("INSULT", filter.check("ты дебилом стал").category(), "the same word, addressed");
        assertTrue(filter.checkName("Дебилов Иван").passed(), "in a name insults do not count");
        assertEquals("OBSCENE", filter.check("ну ты и дебилом стал, бля").category(),
                "the strictest rule still decides when both words are known");
    }

    @Test
    void innocentWordsWithTheSameLettersPass() {
        for (String innocent : List.of("Надо меньше употреблять сахара", "Сдача два рубля", "Возьми учебник",
                "Наша команда победила", "Скипидар для красок", "Подстрахуй меня", "Сегодня хуже, чем вчера",
                "Сказка про Ивана-дурака", "Северный олень живёт в тундре", "Купили ebook", "Тупой угол больше прямого",
                "Это была дебильная шутка про погоду на улице", "Мне нужна сабля для спектакля",
                "Перед перезапуском #B6#", "#математика #олимпиада", "Задача №3*4")) {
            assertTrue(FILTER.check(innocent).passed(), innocent + " -> " + FILTER.check(innocent));
        }
    }

    @Test
    void everyUsualDisguiseIsUndone() {
        assertEquals("ru.hui", FILTER.check("xуй").ruleId(), "a Latin look-alike letter");
        assertEquals("ru.hui", FILTER.check("хуёво").ruleId(), "ё");
        assertEquals("ru.blya", FILTER.check("бляяяяя").ruleId(), "repeated letters");
        assertEquals("ru.hui", FILTER.check("х.у.й").ruleId(), "separators");
        assertEquals("ru.hui", FILTER.check("х у й").ruleId(), "spaces");
        assertEquals("ru.hui", FILTER.check("х\u200bу\u200bй").ruleId(), "zero-width characters");
        assertEquals("ru.hui", FILTER.check("х\u0306у\u0301й").ruleId(), "combining marks");
        assertEquals("ru.hui", FILTER.check("\u202eхуй\u202c").ruleId(), "direction overrides");
        assertEquals("ru.pizd", FILTER.check("пи3дец").ruleId(), "digits for letters");
        assertEquals("ru.blyad", FILTER.check("бл@дь").ruleId(), "symbols for letters");
        assertEquals("ru.hui", FILTER.check("nahui").ruleId(), "transliteration");
        assertEquals("ru.suka", FILTER.check("сукα").ruleId(), "a Greek look-alike");
        assertEquals("masked", FILTER.check("б**дь").ruleId(), "letters masked");
        assertEquals("en.fuck", FILTER.check("f u c k i n g").ruleId(), "English, spaced");
        assertEquals("en.shit", FILTER.check("sh1t").ruleId(), "leetspeak");
    }

    @Test
    void insultsCountWhenAimedAtSomeone() {
        assertEquals("ru.insult", FILTER.check("ты дебил").ruleId());
        assertEquals("ru.insult", FILTER.check("Петров дебил").ruleId());
        assertEquals("ru.insult", FILTER.check("Вы все тут придурки, как и Сидоров").ruleId());
        assertTrue(FILTER.check("В сказке старик назвал себя дураком, потому что поверил лисе").passed(),
                "a word alone is not an insult at a person");
        assertEquals("INSULT", FILTER.check("ты дебил").category());
        assertTrue(FILTER.check("ты дебил").refused());
    }

    @Test
    void vulgarWordsAreFlaggedNotRefused() {
        FilterVerdict verdict = FILTER.check("это говно, а не погода");
        assertEquals("VULGAR", verdict.category());
        assertFalse(verdict.refused());
        assertEquals("FLAG", verdict.action());
    }

    @Test
    void anEnormousMessageIsCheckedQuicklyAndItsStartCounts() {
        String enormous = "нормальное сообщение ".repeat(60_000) + "хуй";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FILTER.check(enormous));
        assertEquals("ru.hui", FILTER.check("хуй " + "нормальное сообщение ".repeat(60_000)).ruleId());
    }
}
