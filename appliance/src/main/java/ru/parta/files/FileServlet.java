package ru.parta.files;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.parta.access.WebSession;

/**
 * {@code GET /files/{id}} (add {@code ?download} for an attachment) and {@code /files/{id}/preview}.
 * Single byte ranges are honoured (206), so video seeks and large downloads resume. Whoever may
 * not see the file gets the same 404 as for a file that does not exist. Every answer carries
 * {@code nosniff} and a content security policy that runs nothing; only the types of
 * {@link FileTypes#showsInline} are ever shown in the browser, everything else is an attachment.
 */
class FileServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(/preview)?");

    private final transient FileGate gate;
    private final transient FileService files;
    private final transient Previews previews;

    FileServlet(FileGate gate, FileService files, Previews previews) {
        this.gate = gate;
        this.files = files;
        this.previews = previews;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean preview = path.group(2) != null;
        String range = request.getHeader("Range");
        boolean countOpen = !preview && (range == null || range.startsWith("bytes=0-"));
        HttpSession session = request.getSession(false);
        Long accountId = session == null ? null : (Long) session.getAttribute(WebSession.ACCOUNT_ID);
        String sessionId = session == null ? null : (String) session.getAttribute(WebSession.SESSION_ID);
        Optional<StoredFile> file = gate.open(Long.parseLong(path.group(1)), accountId, sessionId, countOpen)
                // Programs kept before today's policy are never handed out again.
                .filter(f -> !FileTypes.refused(f.mediaType()));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Content runs nothing; the error pages above keep the pages' own policy (and their look).
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; media-src 'self'; img-src 'self'; sandbox");
        if (preview) {
            Optional<Path> png = previews.previewOf(file.get());
            if (png.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("image/png");
            ByteRanges.send(png.get(), Files.size(png.get()), null, response);
            return;
        }
        serve(file.get(), range, request.getParameter("download") != null, response);
    }

    private void serve(StoredFile file, String range, boolean download, HttpServletResponse response)
            throws IOException {
        Path content = files.contentOf(file);
        long size = file.size();
        boolean attachment = download || file.downloadOnly();
        response.setContentType(file.downloadOnly() ? "application/octet-stream" : typeWithCharset(file, content));
        response.setHeader("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        ByteRanges.send(content, size, range, response);
    }

    /** Text kept before charsets were recorded at upload is looked at now, the same way. */
    private static String typeWithCharset(StoredFile file, Path content) {
        String type = file.mediaType();
        return type.startsWith("text/") && !type.contains("charset=") ? TextCharsets.withCharset(type, content) : type;
    }
}
