package ru.parta.poll;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.parta.base.CsvCells;
import ru.parta.base.i18n.Messages;

/** A poll's results for Excel (UTF-8 with BOM, ";"): the options and counts, then, if named, who chose what. */
final class PollCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private PollCsv() {
    }

    static byte[] render(PollState results, List<PollReads.Named> named, ZoneId zone) {
        Messages messages = Messages.core();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(CsvCells.safe(results.question()));
            csv.printRecord(t(messages, "poll.csv.option"), t(messages, "poll.csv.votes"));
            for (PollState.Option option : results.options()) {
                csv.printRecord(CsvCells.safe(option.text()), option.votes());
            }
            csv.printRecord(t(messages, "poll.csv.voters"), results.voters());
            if (!named.isEmpty()) {
                csv.println();
                csv.printRecord(t(messages, "poll.csv.voter"), t(messages, "poll.csv.choice"), t(messages, "poll.csv.time"));
                for (PollReads.Named vote : named) {
                    csv.printRecord(CsvCells.safe(vote.voter()), CsvCells.safe(String.join(", ", vote.choices())),
                            TIME.format(vote.at().atZone(zone)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String t(Messages messages, String key) {
        return messages.translate(key, Messages.RUSSIAN);
    }
}
