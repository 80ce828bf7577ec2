package ru.parta.broadcast;

import static org.eclipse.jetty.util.StringUtil.sanitizeXmlString;

import io.micronaut.json.JsonMapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.parta.access.WebSession;
import ru.parta.base.PartaException;
import ru.parta.base.QrCodes;
import ru.parta.base.i18n.Messages;
import ru.parta.files.ByteRanges;
import ru.parta.files.FileService;
import ru.parta.files.StoredFile;

/**
 * {@code /display}: the classroom display's own page, thin and without the Vaadin UI (a projector
 * PC or a TV box runs it for days), and what it fetches. Unpaired, the page asks for a pairing code
 * ({@code POST /display/pairing}) and waits for it to be entered ({@code GET /display/pairing?nonce=}),
 * which hands it its credential as a long-lived cookie. Paired, it loads slides, pictures and video
 * of the broadcast it has been told to show; a staff member who may control a broadcast may load
 * them too (the phone's preview). Nothing here ever shows an error page to a classroom: a refusal is
 * a bare status the page handles.
 */
class DisplayServlet extends HttpServlet {

    private static final Pattern MEDIA = Pattern.compile("/(slide|image|media)/(\\d{1,18})(?:/(\\d{1,4}))?");
    private static final Map<String, String> STATIC = Map.of("/display.js", "application/javascript; charset=utf-8",
            "/display.css", "text/css; charset=utf-8");
    /** Ten years: a display stays paired until an administrator revokes it. */
    private static final int CREDENTIAL_SECONDS = (int) Duration.ofDays(3650).toSeconds();

    private final transient DisplayService displays;
    private final transient BroadcastService broadcasts;
    private final transient SlideRenderer slides;
    private final transient FileService files;
    private final transient DisplayPresence presence;
    private final transient JsonMapper json;

    DisplayServlet(DisplayService displays, BroadcastService broadcasts, SlideRenderer slides, FileService files,
                   DisplayPresence presence, JsonMapper json) {
        this.displays = displays;
        this.broadcasts = broadcasts;
        this.slides = slides;
        this.files = files;
        this.presence = presence;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/")) {
            page(request, response);
        } else if (STATIC.containsKey(path)) {
            resource(path, STATIC.get(path), response);
        } else if (path.equals("/pairing")) {
            pairingState(request, response);
        } else {
            Matcher media = MEDIA.matcher(path);
            if (media.matches()) {
                media(request, response, media.group(1), Long.parseLong(media.group(2)),
                        media.group(3) == null ? 0 : Integer.parseInt(media.group(3)));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/pairing".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            PairingCodes.Pending pending = displays.startPairing(request.getRemoteAddr());
            String link = origin(request) + "/displays?code=" + pending.code;
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("code", pending.code);
            answer.put("nonce", pending.nonce);
            answer.put("qr", QrCodes.svg(link, Messages.core().translate("display.page.qrName", language(request))));
            writeJson(response, answer);
        } catch (PartaException refused) {
            response.setStatus(429);
            writeJson(response, Map.of("error", refused.messageKey()));
        }
    }

    /** "waiting", "expired", or "paired" with the credential set as a cookie (once). */
    private void pairingState(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String nonce = request.getParameter("nonce");
        if (nonce == null || !ru.parta.base.Tokens.wellFormed(nonce)) {
            writeJson(response, Map.of("state", "expired"));
            return;
        }
        Optional<String> credential = displays.collectCredential(nonce);
        if (credential.isPresent()) {
            Cookie cookie = new Cookie(DisplayPresence.COOKIE, credential.get());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setMaxAge(CREDENTIAL_SECONDS);
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
            writeJson(response, Map.of("state", "paired"));
            return;
        }
        writeJson(response, Map.of("state", displays.isPairingWaiting(nonce) ? "waiting" : "expired"));
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = language(request);
        Messages messages = Messages.core();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : List.of("title", "pairTitle", "pairHint", "pairRenew", "pairBusy", "paired", "offline",
                "soundHint", "alertUntil", "blank")) {
            texts.put(key, messages.translate("display.page." + key, language));
        }
        for (AlertKind kind : AlertKind.values()) {
            texts.put("alert." + kind.name(), messages.translate(kind.messageKey(), language));
        }
        long display = currentDisplay(request);
        String template = new String(read("/page.html"), StandardCharsets.UTF_8);
        String html = template.replace("{{lang}}", language.getLanguage())
                .replace("{{title}}", sanitizeXmlString(texts.get("title")))
                .replace("{{paired}}", display > 0 ? "true" : "false")
                .replace("{{display}}", String.valueOf(display))
                .replace("{{texts}}", json.writeValueAsString(texts).replace("</", "<\\/"));
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private void media(HttpServletRequest request, HttpServletResponse response, String what, long broadcastId,
                       int index) throws IOException {
        response.setHeader("Cache-Control", "private, max-age=86400");
        Optional<Broadcast> broadcast = broadcasts.findBroadcast(broadcastId).filter(b -> mayLoad(request, b));
        Optional<Path> content = Optional.empty();
        String type = null;
        long size = 0;
        if (broadcast.isPresent()) {
            Broadcast b = broadcast.get();
            switch (what) {
                case "slide" -> {
                    Optional<StoredFile> pdf = file(b.fileId());
                    content = pdf.flatMap(f -> slides.slide(f, index));
                    type = "image/png";
                }
                case "image" -> {
                    List<Long> images = broadcasts.findImages(broadcastId);
                    Optional<StoredFile> image = index < images.size() ? file(images.get(index)) : Optional.empty();
                    content = image.map(files::contentOf);
                    type = image.map(StoredFile::mediaType).orElse(null);
                }
                default -> {
                    Optional<StoredFile> file = file(b.fileId()).filter(f -> f.isImage() || f.isVideo());
                    content = file.map(files::contentOf);
                    type = file.map(StoredFile::mediaType).orElse(null);
                }
            }
        }
        if (content.isEmpty() || !Files.exists(content.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        size = Files.size(content.get());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; media-src 'self'; img-src 'self'; sandbox");
        response.setContentType(type);
        ByteRanges.send(content.get(), size, request.getHeader("Range"), response);
    }

    /** The display showing it, or a signed-in person who may control it. */
    private boolean mayLoad(HttpServletRequest request, Broadcast broadcast) {
        long display = currentDisplay(request);
        if (display > 0) {
            return displays.findDisplay(display).map(d -> d.broadcastId() != null
                    && d.broadcastId().longValue() == broadcast.id()).orElse(false);
        }
        HttpSession session = request.getSession(false);
        try {
            Object account = session == null ? null : session.getAttribute(WebSession.ACCOUNT_ID);
            return account instanceof Long id && broadcasts.mayControl(broadcast.id(), id);
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private Optional<StoredFile> file(Long fileId) {
        return fileId == null ? Optional.empty() : files.findFile(fileId).filter(f -> f.deletedAt() == null);
    }

    private long currentDisplay(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return 0;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(DisplayPresence.COOKIE)) {
                return presence.findDevice(cookie.getValue());
            }
        }
        return 0;
    }

    private static Locale language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(Messages.LANGUAGE_COOKIE)) {
                    return Messages.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        String asked = request.getParameter("lang");
        return asked == null ? Messages.RUSSIAN : Messages.supported(Locale.forLanguageTag(asked));
    }

    private static String origin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return request.getScheme() + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host);
    }

    private void resource(String path, String type, HttpServletResponse response) throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(read(path));
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = DisplayServlet.class.getResourceAsStream("/display" + path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }

    private void writeJson(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.writeValueAsBytes(value));
    }
}
