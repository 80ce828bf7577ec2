package ru.parta.files;

import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import ru.parta.base.PartaException;

/**
 * Images are measured from their header before anything is decoded, so a "pixel flood" (a tiny
 * file claiming a gigantic picture) is refused instead of exhausting memory; thumbnails are then
 * decoded with subsampling, never at full size.
 */
@Singleton
class ImageChecks {

    static final long MAX_PIXELS = 50_000_000L;

    void checkPixels(Path image, String mediaType) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            ImageReader reader = readerFor(in);
            if (reader == null) {
                return;
            }
            try {
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw PartaException.invalid("file.image.tooManyPixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw PartaException.invalid("file.image.broken");
        }
    }

    /** A thumbnail that fits a square of {@code box} pixels, decoded at a reduced resolution. */
    BufferedImage thumbnail(Path image, int box) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            ImageReader reader = readerFor(in);
            if (reader == null) {
                throw new IOException("No reader for this image");
            }
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new IOException("Too many pixels");
                }
                int step = Math.max(1, Math.max(width, height) / box);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(ImageInputStream in) {
        if (in == null) {
            return null;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        return readers.hasNext() ? readers.next() : null;
    }
}
