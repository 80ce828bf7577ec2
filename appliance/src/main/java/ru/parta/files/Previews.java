package ru.parta.files;

import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.DataDirectory;

/**
 * Small PNG previews: an image's thumbnail (decoded with subsampling, after its pixel count was
 * checked) or a PDF's first page. Made once per content and kept beside the store.
 */
@Singleton
public class Previews {

    static final int BOX = 480;
    private static final Logger LOG = LoggerFactory.getLogger(Previews.class);

    private final Path directory;
    private final FileService files;
    private final ImageChecks images;

    Previews(DataDirectory dataDirectory, FileService files, ImageChecks images) throws IOException {
        this.directory = Files.createDirectories(dataDirectory.root().resolve("files").resolve("previews"));
        this.files = files;
        this.images = images;
    }

    public static boolean hasPreview(StoredFile file) {
        return file.isImage() || file.isPdf();
    }

    /** The preview's path, made now if needed; nothing when the file has none or cannot be read. */
    public Optional<Path> previewOf(StoredFile file) {
        if (!hasPreview(file)) {
            return Optional.empty();
        }
        Path preview = directory.resolve(file.sha256() + ".png");
        if (Files.exists(preview)) {
            return Optional.of(preview);
        }
        try {
            BufferedImage image = file.isPdf() ? firstPage(files.contentOf(file)) : images.thumbnail(files.contentOf(file), BOX);
            Path temp = Files.createTempFile(directory, "preview-", ".part");
            ImageIO.write(image, "png", temp.toFile());
            Files.move(temp, preview, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(preview);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No preview for file {}: {}", file.id(), e.toString());
            return Optional.empty();
        }
    }

    void deletePreview(String sha256) {
        try {
            Files.deleteIfExists(directory.resolve(sha256 + ".png"));
        } catch (IOException e) {
            LOG.warn("Could not delete the preview of {}", sha256, e);
        }
    }

    private static BufferedImage firstPage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float width = document.getPage(0).getMediaBox().getWidth();
            return new PDFRenderer(document).renderImage(0, BOX / Math.max(width, 1f));
        }
    }
}
