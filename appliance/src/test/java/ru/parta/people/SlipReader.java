package ru.parta.people;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads slips back the way a phone camera would: every page rendered, each of the eight slip
 * cells decoded on its own (one QR code per image is what readers do reliably), then the whole
 * page for any code a cell missed.
 */
public final class SlipReader {

    private static final float DPI = 200;
    private static final float POINTS_PER_INCH = 72;

    private SlipReader() {
    }

    public static List<String> qrLinks(PDDocument document) throws IOException {
        List<String> links = new ArrayList<>();
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, DPI);
            float scale = DPI / POINTS_PER_INCH;
            int margin = Math.round(24 * scale);
            int cellWidth = (image.getWidth() - 2 * margin) / 2;
            int cellHeight = (image.getHeight() - 2 * margin) / 4;
            for (int row = 0; row < 4; row++) {
                for (int column = 0; column < 2; column++) {
                    BufferedImage cell = image.getSubimage(margin + column * cellWidth, margin + row * cellHeight,
                            cellWidth, cellHeight);
                    decode(cell).ifPresent(links::add);
                }
            }
            // As a camera held over the whole sheet: a code a cell's crop did not catch (its detector
            // can lose a code near the cell's edge) is read among the others.
            try {
                for (Result found : new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, true))) {
                    if (!links.contains(found.getText())) {
                        links.add(found.getText());
                    }
                }
            } catch (NotFoundException none) {
                // a page without codes
            }
        }
        return links;
    }

    /**
     * One cell as a camera app reads it: a first try, and if that misses, the other way of telling
     * dark from light (a camera keeps trying frames). A cell without a slip has no code at all.
     */
    private static java.util.Optional<String> decode(BufferedImage cell) {
        var source = new BufferedImageLuminanceSource(cell);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)))) {
            try {
                return java.util.Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))
                        .getText());
            } catch (NotFoundException | ChecksumException | FormatException missed) {
                // try the next way
            }
        }
        return java.util.Optional.empty();
    }
}
