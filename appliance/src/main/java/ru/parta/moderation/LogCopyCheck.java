package ru.parta.moderation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks an exported copy of the moderation log outside Parta ({@code ./parta.sh moderation-verify
 * parta-moderation-log.csv}): every line's hash is recomputed from its fields and every link to the
 * line before is followed. Prints the verdict and the hash the copy ends with, to compare with the
 * one the log page shows; exits 0 when the copy holds, 1 when a line was changed, removed or added,
 * 2 when the file cannot be read as an export.
 */
public final class LogCopyCheck {

    static final String[] HEADER = {"id", "time", "utc", "actor", "action", "target", "target_id", "chat", "reason",
        "content_sha256", "previous_sha256", "sha256"};
    private static final String FIRST_PREVIOUS = "0".repeat(64);

    /** What the check found: the lines read, the first broken line's id (-1: none), the last hash. */
    record Verdict(int lines, long brokenAt, String lastHash) {

        boolean holds() {
            return brokenAt < 0;
        }
    }

    private LogCopyCheck() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            out.println("usage: ./parta.sh moderation-verify parta-moderation-log.csv");
            System.exit(2);
        }
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            Verdict verdict = check(in);
            if (verdict.holds()) {
                out.println("OK: " + verdict.lines() + " lines, the chain holds; it ends with " + verdict.lastHash());
                System.exit(0);
            }
            out.println("BROKEN: the line with id " + verdict.brokenAt()
                    + " was changed, or a line before it removed or added");
            System.exit(1);
        } catch (java.nio.file.NoSuchFileException missing) {
            out.println("NO SUCH FILE: " + missing.getFile());
            System.exit(2);
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            out.println("NOT AN EXPORT: " + unreadable.getMessage());
            System.exit(2);
        }
    }

    static Verdict check(Reader export) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).setSkipHeaderRecord(true)
                .get();
        String previous = FIRST_PREVIOUS;
        int count = 0;
        try (CSVParser parser = CSVParser.parse(skipByteOrderMark(export), format)) {
            List<CSVRecord> records = parser.getRecords();
            for (CSVRecord row : records) {
                ModerationRecord line = new ModerationRecord(Long.parseLong(row.get("id")), Instant.parse(row.get("utc")),
                        number(row.get("actor")), unsafe(row.get("action")), row.get("target"),
                        Long.parseLong(row.get("target_id")), number(row.get("chat")), text(unsafe(row.get("reason"))),
                        row.get("content_sha256"), row.get("previous_sha256"), row.get("sha256"));
                if (!line.previousHash().equals(previous) || !line.hash().equals(ModerationLog.hashOf(line))) {
                    return new Verdict(count, line.id(), previous);
                }
                previous = line.hash();
                count++;
            }
        }
        return new Verdict(count, -1, previous);
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        java.io.PushbackReader reader = new java.io.PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static Long number(String cell) {
        return cell.isEmpty() ? null : Long.parseLong(cell);
    }

    private static String text(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    /** Undoes the export's guard against spreadsheet formulas (a leading apostrophe). */
    private static String unsafe(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
