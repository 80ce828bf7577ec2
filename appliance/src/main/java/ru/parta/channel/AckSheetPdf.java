package ru.parta.channel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import ru.parta.base.PdfWriting;
import ru.parta.base.i18n.Messages;

/**
 * The acknowledgement sheet on A4 in the form schools file: the announcement, then "С документом
 * ознакомлены" (name, class, date and time), those who have not, and the families told outside
 * Parta. Tables continue on further pages; always Russian, like the school's other records.
 */
final class AckSheetPdf {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final float MARGIN = 45;
    private static final float ROW = 14;
    private static final float SIZE = 9;
    private static final int TEXT_SHOWN = 1500;

    private final Messages messages;
    private final String schoolName;
    private final ZoneId zone;
    private PDDocument document;
    private PDPageContentStream content;
    private PDFont regular;
    private PDFont bold;
    private float y;

    AckSheetPdf(Messages messages, String schoolName, ZoneId zone) {
        this.messages = messages;
        this.schoolName = schoolName;
        this.zone = zone;
    }

    byte[] render(AckSheet sheet) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document = pdf;
            regular = PdfWriting.regular(pdf);
            bold = PdfWriting.bold(pdf);
            newPage();
            float width = width();
            y = PdfWriting.text(content, regular, 10, schoolName, MARGIN, y, width);
            y = PdfWriting.text(content, bold, 14, t("ack.pdf.title"), MARGIN, y - 10, width);
            y = PdfWriting.text(content, regular, 10, t("ack.pdf.channel", sheet.channelName()), MARGIN, y - 8, width);
            y = PdfWriting.text(content, regular, 10, t("ack.pdf.posted", sheet.authorName(), time(sheet.postedAt())),
                    MARGIN, y - 3, width);
            String text = sheet.text().length() > TEXT_SHOWN ? sheet.text().substring(0, TEXT_SHOWN) + "…" : sheet.text();
            for (String paragraph : text.split("\n")) {
                if (!paragraph.isBlank()) {
                    ensureRoom(ROW * 2);
                    y = PdfWriting.text(content, regular, 10, paragraph.strip(), MARGIN + 10, y - 3, width - 10);
                }
            }
            List<AckSheet.Entry> confirmed = sheet.entries().stream().filter(AckSheet.Entry::acknowledged).toList();
            heading(t("ack.pdf.confirmed", confirmed.size(), sheet.entries().size()));
            float[] columns = {25, 250, 90, 130};
            row(columns, bold, "№", t("ack.pdf.name"), t("ack.pdf.class"), t("ack.pdf.time"));
            int n = 1;
            for (AckSheet.Entry entry : confirmed) {
                row(columns, regular, String.valueOf(n++), entry.fullName(), entry.classLabel(),
                        time(entry.acknowledgedAt()));
            }
            List<AckSheet.Entry> pending = sheet.pending();
            if (!pending.isEmpty()) {
                heading(t("ack.pdf.pending", pending.size()));
                row(columns, bold, "№", t("ack.pdf.name"), t("ack.pdf.class"), "");
                n = 1;
                for (AckSheet.Entry entry : pending) {
                    row(columns, regular, String.valueOf(n++), entry.fullName(), entry.classLabel(), "");
                }
            }
            if (!sheet.outside().isEmpty()) {
                heading(t("ack.pdf.outside", sheet.outside().size()));
                float[] outsideColumns = {25, 150, 110, 100, 110};
                row(outsideColumns, bold, "№", t("ack.pdf.parent"), t("ack.pdf.child"), t("ack.pdf.contact"),
                        t("ack.pdf.informed"));
                n = 1;
                for (AckSheet.Outside family : sheet.outside()) {
                    String contact = t(family.channel().messageKey())
                            + (family.contact() == null || family.contact().isBlank() ? "" : ": " + family.contact());
                    String child = family.childName() + (family.classLabel() == null ? "" : ", " + family.classLabel());
                    row(outsideColumns, regular, String.valueOf(n++), family.parentName(), child, contact,
                            family.informed() ? time(family.informedAt()) : "—");
                }
            }
            ensureRoom(ROW * 4);
            PdfWriting.text(content, regular, 10, t("ack.pdf.signature"), MARGIN, y - 30, width);
            content.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the acknowledgement sheet", e);
        }
    }

    private void heading(String text) throws IOException {
        ensureRoom(ROW * 3);
        y = PdfWriting.text(content, bold, 11, text, MARGIN, y - 14, width());
        y -= 4;
    }

    /** One table row; a cell too wide for its column is cut with "…". */
    private void row(float[] columns, PDFont font, String... cells) throws IOException {
        ensureRoom(ROW);
        float x = MARGIN;
        for (int i = 0; i < columns.length; i++) {
            String cell = fit(font, cells[i], columns[i] - 6);
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, y - SIZE);
            content.showText(cell);
            content.endText();
            x += columns[i];
        }
        content.setLineWidth(0.3f);
        content.moveTo(MARGIN, y - ROW + 2);
        content.lineTo(x, y - ROW + 2);
        content.stroke();
        y -= ROW;
    }

    private static String fit(PDFont font, String text, float width) throws IOException {
        String cell = text == null ? "" : text.replace('\n', ' ');
        if (font.getStringWidth(cell) / 1000 * SIZE <= width) {
            return cell;
        }
        while (!cell.isEmpty() && font.getStringWidth(cell + "…") / 1000 * SIZE > width) {
            cell = cell.substring(0, cell.length() - 1);
        }
        return cell + "…";
    }

    private void ensureRoom(float needed) throws IOException {
        if (y - needed < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private String t(String key, Object... args) {
        return messages.translate(key, Messages.RUSSIAN, args);
    }
}
