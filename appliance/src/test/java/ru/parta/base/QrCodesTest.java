package ru.parta.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /**
     * Three thousand activation links as slips print them: with one fixed mask choice a few of
     * these (about one in a thousand) do not read at all; every one must.
     */
    @Test
    void everyActivationLinkReadsBack() {
        Random random = new Random(20261123);
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder code = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String link = "http://192.168.1.10:8080/activate?code=" + code;
            if (!link.equals(read(QrCodes.matrix(link)))) {
                unreadable.add(link);
            }
        }
        assertEquals(List.of(), unreadable);
    }

    @Test
    void textBeyondAsciiIsKeptWhole() {
        String text = "http://parta.local/invite?class=5А&name=Ёлкина";
        assertEquals(text, read(QrCodes.matrix(text)));
    }

    @Test
    void svgHasAQuietZoneAndOneSquarePerDarkModule() {
        BitMatrix matrix = QrCodes.matrix("http://192.168.1.10:8080/join/abc");
        String svg = QrCodes.svg("http://192.168.1.10:8080/join/abc", "QR-код \"ссылки\"");
        assertTrue(svg.contains("role=\"img\" aria-label=\"QR-код &quot;ссылки&quot;\""), "a picture with a name");
        int side = matrix.getWidth() + 4;
        assertTrue(svg.contains("viewBox=\"0 0 " + side + " " + side + "\""), svg);
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }
        assertEquals(dark, svg.split("h1v1h-1z", -1).length - 1);
        assertTrue(svg.contains("M2 2h1v1h-1z"), "the top-left finder pattern starts after the quiet zone");
    }

    /** Reads a matrix drawn pixel-exact the way a tolerant phone app would (tries harder). */
    private static String read(BitMatrix matrix) {
        int scale = 3;
        int quiet = 4;
        int side = (matrix.getWidth() + 2 * quiet) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int column = x / scale - quiet;
                int row = y / scale - quiet;
                boolean dark = column >= 0 && row >= 0 && column < matrix.getWidth() && row < matrix.getHeight()
                        && matrix.get(column, row);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side,
                    pixels))), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        } catch (Exception unreadable) {
            return null;
        }
    }
}
