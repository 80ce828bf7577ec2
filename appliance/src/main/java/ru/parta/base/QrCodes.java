package ru.parta.base;

import static org.eclipse.jetty.util.StringUtil.sanitizeXmlString;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.EncodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * QR codes (ZXing): as a module matrix for print and as SVG for screens (sharp at any size, on a
 * phone or on a classroom projector).
 *
 * <p>About one code in a thousand comes out with data that happens to look like a finder pattern,
 * and common readers (ZXing's among them, which many phone apps use) then fail on it however well
 * it is printed. So every code is read back before it is used; if it does not read, it is encoded
 * again with another of the eight mask patterns, which changes every data module.
 */
public final class QrCodes {

    private static final int SVG_QUIET_ZONE = 2;
    /** The quiet zone the standard asks for, used when reading a code back. */
    private static final int CHECK_QUIET_ZONE = 4;
    private static final int CHECK_PIXELS_PER_MODULE = 4;
    private static final int MASK_PATTERNS = 8;

    private QrCodes() {
    }

    /** The code's modules without a quiet zone: the caller leaves white space around it. */
    public static BitMatrix matrix(String text) {
        BitMatrix first = encode(text, null);
        if (reads(first, text)) {
            return first;
        }
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            BitMatrix other = encode(text, mask);
            if (reads(other, text)) {
                return other;
            }
        }
        return first;  // no mask helped (never seen); a reader that tries harder may still manage
    }

    /** The code as SVG; {@code accessibleName} is what a screen reader says for the picture. */
    public static String svg(String text, String accessibleName) {
        BitMatrix matrix = matrix(text);
        int size = matrix.getWidth() + 2 * SVG_QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + SVG_QUIET_ZONE).append(' ').append(y + SVG_QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + sanitizeXmlString(accessibleName) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix encode(String text, Integer maskPattern) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            // Only then: the UTF-8 marker (ECI) costs room and a few old readers stumble on it.
            hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        }
        if (maskPattern != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit a QR code", e);
        }
    }

    private static boolean reads(BitMatrix matrix, String text) {
        int modules = matrix.getWidth() + 2 * CHECK_QUIET_ZONE;
        int side = modules * CHECK_PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int column = x / CHECK_PIXELS_PER_MODULE - CHECK_QUIET_ZONE;
                int row = y / CHECK_PIXELS_PER_MODULE - CHECK_QUIET_ZONE;
                boolean dark = column >= 0 && row >= 0 && column < matrix.getWidth() && row < matrix.getHeight()
                        && matrix.get(column, row);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        try {
            return text.equals(new QRCodeReader().decode(bitmap).getText());
        } catch (NotFoundException | ChecksumException | FormatException unreadable) {
            return false;
        }
    }
}
