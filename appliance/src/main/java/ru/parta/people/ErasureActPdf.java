package ru.parta.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** The erasure act on A4: the record's facts, the destroyed categories and the security-log extract. */
final class ErasureActPdf {

    private static final float MARGIN = 50;
    private static final int EXTRACT_LINES = 40;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Messages messages;
    private final String schoolName;
    private final ZoneId zone;

    ErasureActPdf(Messages messages, String schoolName, ZoneId zone) {
        this.messages = messages;
        this.schoolName = schoolName;
        this.zone = zone;
    }

    byte[] render(ErasureRecord record, String erasedBy) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = PdfWriting.regular(document);
            PDFont bold = PdfWriting.bold(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                y = PdfWriting.text(content, regular, 10, schoolName, MARGIN, y, width);
                y = PdfWriting.text(content, bold, 14, t("erasure.act.title", record.id()), MARGIN, y - 10, width);
                y = PdfWriting.text(content, regular, 10, t("erasure.act.subject", record.formerName(),
                        record.subjectId()), MARGIN, y - 12, width);
                y = PdfWriting.text(content, regular, 10, t("erasure.act.when",
                        TIME.format(record.erasedAt().atZone(zone))), MARGIN, y - 4, width);
                y = PdfWriting.text(content, regular, 10, t("erasure.act.by", erasedBy), MARGIN, y - 4, width);
                y = PdfWriting.text(content, regular, 10, record.requestId() == null ? t("erasure.act.basisAdmin")
                        : t("erasure.act.basisRequest", record.requestId()), MARGIN, y - 4, width);
                y = PdfWriting.text(content, bold, 11, t("erasure.act.categories"), MARGIN, y - 12, width);
                for (String key : record.categoryKeys()) {
                    y = PdfWriting.text(content, regular, 10, "— " + t(key), MARGIN + 10, y - 2, width - 10);
                }
                y = PdfWriting.text(content, regular, 10, t("erasure.act.method"), MARGIN, y - 10, width);
                List<String> lines = record.auditExtract().lines().skip(1).toList();
                y = PdfWriting.text(content, bold, 11, t("erasure.act.extract", lines.size()), MARGIN, y - 12, width);
                for (String line : lines.subList(0, Math.min(EXTRACT_LINES, lines.size()))) {
                    y = PdfWriting.text(content, regular, 7, line, MARGIN, y - 1, width);
                }
                if (lines.size() > EXTRACT_LINES) {
                    y = PdfWriting.text(content, regular, 8, t("erasure.act.extractMore", lines.size() - EXTRACT_LINES),
                            MARGIN, y - 2, width);
                }
                PdfWriting.text(content, regular, 10, t("erasure.act.signature"), MARGIN, y - 30, width);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the erasure act", e);
        }
    }

    private String t(String key, Object... args) {
        return messages.translate(key, Messages.RUSSIAN, args);
    }
}
