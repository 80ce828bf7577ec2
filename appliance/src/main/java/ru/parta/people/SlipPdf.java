package ru.parta.people;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import ru.parta.base.PdfWriting;
import ru.parta.base.QrCodes;
import ru.parta.base.i18n.Messages;

/**
 * Lays activation slips out on A4 (PDFBox), eight to a page in two columns with dashed cut lines.
 * The QR code ({@link QrCodes}) is drawn as vector squares, so it stays sharp on any printer.
 */
final class SlipPdf {

    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float MARGIN = 24;
    private static final float PADDING = 12;
    private static final float QR_SIZE = 84;
    /** White space kept around the QR code: readers need a quiet zone of about four modules. */
    private static final float QR_QUIET = 16;

    private final Messages messages;
    private final Locale locale;

    SlipPdf(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] render(String title, String schoolName, List<Slip> slips) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Parta");
            PDFont regular = PdfWriting.regular(document);
            PDFont bold = PdfWriting.bold(document);
            PDRectangle a4 = PDRectangle.A4;
            float slipWidth = (a4.getWidth() - 2 * MARGIN) / COLUMNS;
            float slipHeight = (a4.getHeight() - 2 * MARGIN) / ROWS;
            int perPage = COLUMNS * ROWS;
            for (int first = 0; first < slips.size(); first += perPage) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int i = first; i < Math.min(first + perPage, slips.size()); i++) {
                        int cell = i - first;
                        float x = MARGIN + (cell % COLUMNS) * slipWidth;
                        float top = a4.getHeight() - MARGIN - (cell / COLUMNS) * slipHeight;
                        drawSlip(content, regular, bold, schoolName, slips.get(i), x, top, slipWidth, slipHeight);
                    }
                }
            }
            if (slips.isEmpty()) {
                document.addPage(new PDPage(a4));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render activation slips", e);
        }
    }

    private void drawSlip(PDPageContentStream content, PDFont regular, PDFont bold, String schoolName, Slip slip,
                          float x, float top, float width, float height) throws IOException {
        content.setLineDashPattern(new float[] {4, 3}, 0);
        content.setLineWidth(0.5f);
        content.addRect(x, top - height, width, height);
        content.stroke();
        content.setLineDashPattern(new float[] {}, 0);

        float left = x + PADDING;
        float textWidth = width - PADDING - QR_QUIET - QR_SIZE - QR_QUIET;
        float y = top - PADDING;
        y = PdfWriting.text(content, regular, 8, schoolName, left, y, textWidth);
        y = PdfWriting.text(content, bold, 11, messages.translate("slip.heading", locale), left, y - 4, textWidth);
        y = PdfWriting.text(content, bold, 12, slip.fullName(), left, y - 6, textWidth);
        y = PdfWriting.text(content, regular, 9, slip.roleLine(), left, y - 2, textWidth);
        y = PdfWriting.text(content, regular, 8, messages.translate("slip.code", locale), left, y - 8, textWidth);
        y = PdfWriting.text(content, bold, 15, slip.code(), left, y - 4, textWidth);
        float qrTop = top - QR_QUIET;
        drawQr(content, slip.link(), x + width - QR_QUIET - QR_SIZE, qrTop - QR_SIZE);

        float instructionsTop = Math.min(y - 8, qrTop - QR_SIZE - QR_QUIET);
        String steps = messages.translate("slip.instructions", locale, slip.pageAddress(), slip.validUntil());
        float line = instructionsTop;
        for (String paragraph : steps.split("\n")) {
            line = PdfWriting.text(content, regular, 7.5f, paragraph, left, line, width - 2 * PADDING) - 2;
        }
    }

    private static void drawQr(PDPageContentStream content, String link, float x, float y) throws IOException {
        BitMatrix matrix = QrCodes.matrix(link);
        float module = QR_SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }
}
