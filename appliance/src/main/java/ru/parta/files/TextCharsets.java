package ru.parta.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The charset of an uploaded text file, so a browser shows it as written: Russian schools have
 * UTF-8, Windows-1251 (Notepad before 2019, 1C exports), KOI8-R and CP866 files side by side.
 * Mozilla's detector (juniversalchardet) reads the first 256 KB; plain ASCII counts as UTF-8.
 */
final class TextCharsets {

    private static final int SAMPLE = 256 * 1024;

    private TextCharsets() {
    }

    static Charset detect(Path file) {
        UniversalDetector detector = new UniversalDetector();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[16 * 1024];
            int total = 0;
            for (int read = in.read(buffer); read > 0 && total < SAMPLE && !detector.isDone(); read = in.read(buffer)) {
                detector.handleData(buffer, 0, read);
                total += read;
            }
        } catch (IOException e) {
            return StandardCharsets.UTF_8;
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName(name);
    }

    /** "text/plain" with the charset the bytes are in; other types unchanged. */
    static String withCharset(String mediaType, Path file) {
        if (!FileTypes.baseType(mediaType).startsWith("text/")) {
            return mediaType;
        }
        return FileTypes.baseType(mediaType) + "; charset=" + detect(file).name().toLowerCase(java.util.Locale.ROOT);
    }
}
