package ru.parta.channel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.parta.base.CsvCells;
import ru.parta.base.i18n.Messages;

/**
 * The acknowledgement sheet as CSV for Excel (UTF-8 with BOM, ";"): one row per reader, then the
 * families outside Parta; column names in Russian like the printed sheet.
 */
final class AckSheetCsv {

    private final Messages messages;
    private final ZoneId zone;

    AckSheetCsv(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    byte[] render(AckSheet sheet) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(t("ack.pdf.name"), t("ack.pdf.class"), t("ack.csv.role"), t("ack.csv.status"),
                    t("ack.pdf.time"));
            for (AckSheet.Entry entry : sheet.entries()) {
                csv.printRecord(CsvCells.safe(entry.fullName()), CsvCells.safe(entry.classLabel()),
                        t("ack.csv.kind." + entry.kind()),
                        t(entry.acknowledged() ? "ack.csv.confirmed" : "ack.csv.pending"), time(entry.acknowledgedAt()));
            }
            for (AckSheet.Outside family : sheet.outside()) {
                String contact = t(family.channel().messageKey())
                        + (family.contact() == null || family.contact().isBlank() ? "" : ": " + family.contact());
                csv.printRecord(CsvCells.safe(family.parentName()), CsvCells.safe(family.classLabel()),
                        t("ack.csv.outside", family.childName()) + " (" + CsvCells.safe(contact) + ")",
                        t(family.informed() ? "ack.csv.informed" : "ack.csv.notInformed"), time(family.informedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String time(Instant at) {
        return at == null ? "" : AckSheetPdf.TIME.format(at.atZone(zone));
    }

    private String t(String key, Object... args) {
        return messages.translate(key, Messages.RUSSIAN, args);
    }
}
