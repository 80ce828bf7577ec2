package ru.parta.files;

import io.micronaut.core.annotation.Nullable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes stored content with single byte ranges honoured (206, or 416 for a range outside the
 * file), so a video seeks and a large download resumes. The caller has checked who asks and set
 * the type and disposition.
 */
public final class ByteRanges {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final int BUFFER = 64 * 1024;

    private ByteRanges() {
    }

    public static void send(Path content, long size, @Nullable String range, HttpServletResponse response)
            throws IOException {
        response.setHeader("Accept-Ranges", "bytes");
        long start = 0;
        long end = size - 1;
        if (range != null) {
            Matcher bytes = RANGE.matcher(range.strip());
            if (!bytes.matches() || (bytes.group(1).isEmpty() && bytes.group(2).isEmpty())) {
                unsatisfiable(response, size);
                return;
            }
            if (bytes.group(1).isEmpty()) {
                start = Math.max(0, size - Long.parseLong(bytes.group(2)));
            } else {
                start = Long.parseLong(bytes.group(1));
                end = bytes.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(bytes.group(2)));
            }
            if (start > end || start >= size) {
                unsatisfiable(response, size);
                return;
            }
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        copy(content, start, end - start + 1, response);
    }

    private static void unsatisfiable(HttpServletResponse response, long size) throws IOException {
        response.setHeader("Content-Range", "bytes */" + size);
        response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
    }

    private static void copy(Path content, long start, long length, HttpServletResponse response) throws IOException {
        response.setContentLengthLong(length);
        try (InputStream in = Files.newInputStream(content); OutputStream out = response.getOutputStream()) {
            in.skipNBytes(start);
            byte[] buffer = new byte[BUFFER];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }
}
