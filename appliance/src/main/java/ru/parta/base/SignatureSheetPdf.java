package ru.parta.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A sheet "под роспись" on A4, the form schools file for a document brought to people's attention:
 * the school, a title, a few facts, the document's text (its start, when long), then tables —
 * who read it and when, who has not, anything else the sheet lists — continued on further pages,
 * and a line for the responsible person's signature. Words come from the caller, in Russian.
 */
public final class SignatureSheetPdf {

    private static final float MARGIN = 45;
    private static final float ROW = 14;
    private static final float SIZE = 9;
    private static final int TEXT_SHOWN = 1500;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    /** A table: its heading, column titles and widths (points), rows of cells; row numbers are added. */
    public record Table(String heading, List<String> columns, float[] widths, List<List<String>> rows) {
    }

    private SignatureSheetPdf(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PdfWriting.regular(document);
        this.bold = PdfWriting.bold(document);
    }

    public static byte[] render(String schoolName, String title, List<String> facts, String text, List<Table> tables,
                                String signatureLine) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SignatureSheetPdf sheet = new SignatureSheetPdf(pdf);
            sheet.write(schoolName, title, facts, text, tables, signatureLine);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the sheet", e);
        }
    }

    private void write(String schoolName, String title, List<String> facts, String text, List<Table> tables,
                       String signatureLine) throws IOException {
        newPage();
        float width = width();
        y = PdfWriting.text(content, regular, 10, schoolName, MARGIN, y, width);
        y = PdfWriting.text(content, bold, 14, title, MARGIN, y - 10, width);
        for (String fact : facts) {
            y = PdfWriting.text(content, regular, 10, fact, MARGIN, y - 4, width);
        }
        String shown = text.length() > TEXT_SHOWN ? text.substring(0, TEXT_SHOWN) + "…" : text;
        for (String paragraph : shown.split("\n")) {
            if (!paragraph.isBlank()) {
                ensureRoom(ROW * 2);
                y = PdfWriting.text(content, regular, 10, paragraph.strip(), MARGIN + 10, y - 3, width - 10);
            }
        }
        for (Table table : tables) {
            ensureRoom(ROW * 3);
            y = PdfWriting.text(content, bold, 11, table.heading(), MARGIN, y - 14, width) - 4;
            float[] widths = new float[table.widths().length + 1];
            widths[0] = 25;
            System.arraycopy(table.widths(), 0, widths, 1, table.widths().length);
            row(widths, bold, prepend("№", table.columns()));
            int number = 1;
            for (List<String> cells : table.rows()) {
                row(widths, regular, prepend(String.valueOf(number++), cells));
            }
        }
        ensureRoom(ROW * 4);
        PdfWriting.text(content, regular, 10, signatureLine, MARGIN, y - 30, width);
        content.close();
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> cells = new java.util.ArrayList<>();
        cells.add(first);
        cells.addAll(rest);
        return cells;
    }

    /** One table row; a cell too wide for its column is cut with "…". */
    private void row(float[] widths, PDFont font, List<String> cells) throws IOException {
        ensureRoom(ROW);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            String cell = fit(font, i < cells.size() ? cells.get(i) : "", widths[i] - 6);
            content.beginText();
            content.setFont(font, SIZE);
            content.newLineAtOffset(x, y - SIZE);
            content.showText(cell);
            content.endText();
            x += widths[i];
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
}
