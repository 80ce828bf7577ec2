package ru.parta.people;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.parta.base.PartaException;

/**
 * Reads a roster CSV as Russian schools have it: UTF-8 (with or without BOM) or Windows-1251 (what
 * Excel saves on a Russian Windows), separated by ";" (Excel's choice under a Russian locale), ","
 * or a tab, with a header line. Parsing itself is Apache Commons CSV's; this class decides the
 * encoding and separator and maps the header to {@link RosterColumn}s.
 */
final class RosterFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_LINES = 5_000;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private RosterFile() {
    }

    record Line(int number, Map<RosterColumn, String> cells) {
        String get(RosterColumn column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        /** The full name, from one column or from separate surname, name and patronymic columns. */
        String name() {
            String full = get(RosterColumn.NAME);
            if (!full.isEmpty()) {
                return full;
            }
            return String.join(" ", get(RosterColumn.LAST_NAME), get(RosterColumn.FIRST_NAME),
                    get(RosterColumn.MIDDLE_NAME)).strip();
        }
    }

    record Table(List<Line> lines, Charset charset, char delimiter) {
    }

    static Table read(byte[] bytes, RosterKind kind) {
        if (bytes.length == 0) {
            throw PartaException.invalid("roster.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw PartaException.limit("roster.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (looksBinary(bytes)) {
            throw PartaException.invalid("roster.file.notCsv");
        }
        Charset charset = detectCharset(bytes);
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String headerLine = text.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> PartaException.invalid("roster.file.empty"));
        char delimiter = detectDelimiter(headerLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw PartaException.invalid("roster.file.empty");
            }
            List<RosterColumn> columns = mapHeader(records.getFirst(), kind);
            if (records.size() == 1) {
                throw PartaException.invalid("roster.file.noRows");
            }
            if (records.size() - 1 > MAX_LINES) {
                throw PartaException.limit("roster.file.tooManyLines", MAX_LINES);
            }
            List<Line> lines = new ArrayList<>();
            LineCounter counter = new LineCounter(text);
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
                for (int i = 0; i < record.size() && i < columns.size(); i++) {
                    if (columns.get(i) != null) {
                        cells.put(columns.get(i), record.get(i));
                    }
                }
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(new Line(counter.lineAt(record.getCharacterPosition()), cells));
            }
            return new Table(lines, charset, delimiter);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw PartaException.invalid("roster.file.unreadable");
        }
    }

    /** The 1-based line where a record starts, as a text editor shows it; records come in order. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long characterPosition) {
            // An ignored empty line before the record still counts as a line of the file.
            long start = characterPosition;
            while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
                start++;
            }
            while (position < start && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** Strict UTF-8 first: Windows-1251 Cyrillic is never valid UTF-8, so a clean decode decides it. */
    static Charset detectCharset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1251;
        }
    }

    static char detectDelimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** Excel workbooks (zip), PDFs and other binaries: NUL bytes never appear in a CSV text. */
    private static boolean looksBinary(byte[] bytes) {
        int checked = Math.min(bytes.length, 4096);
        for (int i = 0; i < checked; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    private static List<RosterColumn> mapHeader(CSVRecord header, RosterKind kind) {
        List<RosterColumn> columns = new ArrayList<>();
        for (String cell : header) {
            Optional<RosterColumn> column = RosterColumn.byHeader(cell);
            if (column.isPresent() && columns.contains(column.get())) {
                throw PartaException.invalid("roster.file.columnTwice", column.get().canonical());
            }
            columns.add(column.orElse(null));
        }
        boolean hasSplitName = columns.contains(RosterColumn.LAST_NAME) && columns.contains(RosterColumn.FIRST_NAME);
        List<RosterColumn> missing = kind.required().stream()
                .filter(c -> !columns.contains(c) && !(c == RosterColumn.NAME && hasSplitName)).toList();
        if (!missing.isEmpty()) {
            throw PartaException.invalid("roster.file.missingColumns",
                    missing.stream().map(c -> "«" + c.canonical() + "»").collect(Collectors.joining(", ")));
        }
        return columns;
    }
}
