package ru.parta.broadcast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import ru.parta.access.Actor;

/** Pairs displays and makes content the way the screens do, for the broadcast tests. */
public final class BroadcastFixtures {

    private BroadcastFixtures() {
    }

    /** A display paired as the administrator: the code from its screen, a name, the keepers. */
    public static long pair(DisplayService displays, long adminId, String name, Long... keepers) {
        PairingCodes.Pending pending = displays.startPairing("10.0.0." + Math.abs(name.hashCode() % 200));
        long id = displays.pairDisplay(pending.code, name, List.of(keepers), Actor.of(adminId));
        if (displays.collectCredential(pending.nonce).isEmpty()) {
            throw new AssertionError("the display did not get its credential");
        }
        return id;
    }

    /** A PDF of {@code pages} pages, each with a coloured box (so drawn pages differ). */
    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(800, 450));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(new java.awt.Color(40 * i % 255, 90, 160));
                    content.addRect(50 + 20 * i, 50, 300, 200);
                    content.fill();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long upload(BroadcastService broadcasts, String name, byte[] bytes, long accountId) {
        return broadcasts.uploadBroadcastFile(name, new ByteArrayInputStream(bytes), Actor.of(accountId)).id();
    }

    /** A tiny PNG picture. */
    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of an AVI file: a video no display browser plays. */
    static byte[] avi() {
        byte[] bytes = new byte[256];
        System.arraycopy("RIFF".getBytes(), 0, bytes, 0, 4);
        bytes[4] = (byte) 248;
        System.arraycopy("AVI LIST".getBytes(), 0, bytes, 8, 8);
        return bytes;
    }
}
