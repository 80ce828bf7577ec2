package ru.parta.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.parta.base.PartaException;

/** Roster files as schools really send them: both encodings, both separators, broken ones. */
class RosterFileTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @Test
    void excelOnRussianWindowsWritesWindows1251WithSemicolons() {
        byte[] file = "ФИО;Класс;Дата рождения\r\nПетров Артём;5А;12.03.2015\r\nСидорова Анна;5 а;\r\n"
                .getBytes(WINDOWS_1251);
        RosterFile.Table table = RosterFile.read(file, RosterKind.STUDENTS);
        assertEquals(WINDOWS_1251, table.charset());
        assertEquals(';', table.delimiter());
        assertEquals(2, table.lines().size());
        assertEquals("Петров Артём", table.lines().get(0).name());
        assertEquals("12.03.2015", table.lines().get(0).get(RosterColumn.BIRTH_DATE));
        assertEquals("5 а", table.lines().get(1).get(RosterColumn.CLASS));
        assertEquals(3, table.lines().get(1).number(), "line numbers count the header");
    }

    @Test
    void utf8WithBomCommasQuotesAndBlankLinesKeepsTheRealLineNumbers() {
        byte[] file = ("\uFEFF\"Фамилия\",\"Имя\",\"Отчество\",\"Класс\"\n\nВолков,Денис,,6Б\n"
                + "\"Иванова-Петрова\",\"Мария, младшая\",Ивановна,5А\n").getBytes(StandardCharsets.UTF_8);
        RosterFile.Table table = RosterFile.read(file, RosterKind.STUDENTS);
        assertEquals(StandardCharsets.UTF_8, table.charset());
        assertEquals(',', table.delimiter());
        assertEquals("Волков Денис", table.lines().get(0).name());
        assertEquals(3, table.lines().get(0).number());
        assertEquals("Иванова-Петрова Мария, младшая Ивановна", table.lines().get(1).name());
        assertEquals(4, table.lines().get(1).number());
    }

    @Test
    void headerAliasesAreMatchedWithoutCaseYoOrPunctuation() {
        byte[] file = "ФИО родителя*;ФИО РЕБЕНКА;класс:;Телефон;Эл. почта\nПетрова Елена;Петров Артём;5А;+7 912 000-00-00;e@x.ru\n"
                .getBytes(StandardCharsets.UTF_8);
        RosterFile.Line line = RosterFile.read(file, RosterKind.PARENTS).lines().getFirst();
        assertEquals("Петрова Елена", line.name());
        assertEquals("Петров Артём", line.get(RosterColumn.CHILD));
        assertEquals("e@x.ru", line.get(RosterColumn.EMAIL));
    }

    @Test
    void brokenFilesAreRefusedWithTheReason() {
        assertKey("roster.file.empty", new byte[0]);
        assertKey("roster.file.noRows", "ФИО;Класс\n".getBytes(StandardCharsets.UTF_8));
        assertKey("roster.file.notCsv", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        PartaException missing = assertThrows(PartaException.class, () -> RosterFile.read(
                "Имя ученика;Группа\nПетров;5А\n".getBytes(StandardCharsets.UTF_8), RosterKind.STUDENTS));
        assertEquals("roster.file.missingColumns", missing.messageKey());
        assertEquals(List.of("«ФИО», «Класс»"), List.of(missing.arguments()));
        // A KOI8-R file decodes as Windows-1251 garbage: the header is not recognised, and the message says why.
        assertKey("roster.file.missingColumns", "ФИО;Класс\nПетров;5А\n".getBytes(Charset.forName("KOI8-R")));
        assertKey("roster.file.columnTwice", "ФИО;Класс;Класс\nПетров;5А;5А\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void assertKey(String key, byte[] file) {
        assertEquals(key, assertThrows(PartaException.class, () -> RosterFile.read(file, RosterKind.STUDENTS))
                .messageKey());
    }
}
