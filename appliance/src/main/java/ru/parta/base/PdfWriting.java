package ru.parta.base;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What Parta's printed documents share: DejaVu Sans, embedded as a subset because the standard PDF
 * fonts have no Cyrillic, and wrapped text.
 */
public final class PdfWriting {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed-Bold.ttf";

    private PdfWriting() {
    }

    public static PDFont regular(PDDocument document) throws IOException {
        return load(document, FONT);
    }

    public static PDFont bold(PDDocument document) throws IOException {
        return load(document, BOLD_FONT);
    }

    /** Writes wrapped text below {@code top}; returns where the text ends, for the next block. */
    public static float text(PDPageContentStream content, PDFont font, float size, String text, float x, float top,
                              float maxWidth) throws IOException {
        float lineHeight = size * 1.25f;
        float baseline = top - size;
        for (String line : wrap(font, size, text, maxWidth)) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
            baseline -= lineHeight;
        }
        return baseline + lineHeight - size * 0.3f;
    }

    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= maxWidth || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream font = PdfWriting.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IOException("Font missing from the application: " + resource);
            }
            return PDType0Font.load(document, font, true);
        }
    }
}
