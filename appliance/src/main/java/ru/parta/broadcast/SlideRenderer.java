package ru.parta.broadcast;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.DataDirectory;
import ru.parta.base.PartaException;
import ru.parta.files.FileService;
import ru.parta.files.StoredFile;

/**
 * A PDF's pages as pictures for the displays (PDFBox), drawn on the server so a classroom computer
 * needs no PDF viewer and shows a page the moment it is asked to. Pages are drawn once per content
 * and size, kept under the data directory, and drawn ahead, one page at a time (a 2-core box also
 * serves the school), as soon as a broadcast starts.
 */
@Singleton
class SlideRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(SlideRenderer.class);

    private final Path directory;
    private final FileService files;
    private final BroadcastProperties properties;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** One page drawn at a time for everything ahead; a page asked for now is drawn on the asking thread. */
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("parta-slides").factory());

    SlideRenderer(DataDirectory dataDirectory, FileService files, BroadcastProperties properties) {
        this.directory = dataDirectory.root().resolve("broadcast").resolve("slides");
        this.files = files;
        this.properties = properties;
    }

    /** The PDF's page count; refuses (INVALID, in words) a file that is not a readable PDF or too long. */
    int countPages(StoredFile file) {
        int pages;
        try (PDDocument document = Loader.loadPDF(files.contentOf(file).toFile())) {
            pages = document.getNumberOfPages();
        } catch (IOException | RuntimeException broken) {
            throw PartaException.invalid("broadcast.pdfBroken", file.name());
        }
        if (pages == 0) {
            throw PartaException.invalid("broadcast.pdfBroken", file.name());
        }
        if (pages > properties.getMaxSlides()) {
            throw PartaException.invalid("broadcast.pdfTooLong", file.name(), properties.getMaxSlides());
        }
        return pages;
    }

    /** Draws every page ahead, in the background, so flipping never waits. */
    void drawAhead(StoredFile file, int pages) {
        ahead.submit(() -> {
            for (int page = 1; page <= pages; page++) {
                slide(file, page);
            }
        });
    }

    /** The page as a PNG, drawn now if it was not yet; empty if it cannot be drawn. */
    Optional<Path> slide(StoredFile file, int page) {
        Path folder = directory.resolve(file.sha256() + "-" + properties.getSlideWidth() + "x" + properties.getSlideHeight());
        Path png = folder.resolve(page + ".png");
        if (Files.exists(png)) {
            return Optional.of(png);
        }
        synchronized (locks.computeIfAbsent(file.sha256(), k -> new Object())) {
            if (Files.exists(png)) {
                return Optional.of(png);
            }
            try (PDDocument document = Loader.loadPDF(files.contentOf(file).toFile())) {
                if (page < 1 || page > document.getNumberOfPages()) {
                    return Optional.empty();
                }
                PDRectangle box = document.getPage(page - 1).getCropBox();
                float scale = Math.min(properties.getSlideWidth() / Math.max(box.getWidth(), 1f),
                        properties.getSlideHeight() / Math.max(box.getHeight(), 1f));
                BufferedImage image = new PDFRenderer(document).renderImage(page - 1, scale);
                Files.createDirectories(folder);
                Path temp = Files.createTempFile(folder, "slide-", ".part");
                ImageIO.write(image, "png", temp.toFile());
                Files.move(temp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return Optional.of(png);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not draw page {} of file {}: {}", page, file.id(), e.toString());
                return Optional.empty();
            }
        }
    }

    @PreDestroy
    void stop() {
        ahead.shutdownNow();
    }
}
