package ru.parta.tls;

import static org.eclipse.jetty.util.StringUtil.sanitizeXmlString;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ru.parta.base.i18n.Messages;
import ru.parta.base.web.Origin;

/**
 * {@code /certificate}: how to make a phone or computer trust the school's root, served over plain
 * HTTP as well (the device does not trust HTTPS yet), in Russian or English. A plain page, not a
 * screen of the app: it must work before anyone signs in, on any browser, from a QR code.
 */
final class CertificatePage extends HttpServlet {

    static final String PATH = "/certificate";
    /** The devices with their own steps, in the order schools meet them. */
    static final List<String> PLATFORMS = List.of("android", "ios", "windows", "macos", "linux");

    private final HttpsService https;
    private final Messages messages;
    private final String template;

    CertificatePage(HttpsService https, Messages messages) {
        this.https = https;
        this.messages = messages;
        try (InputStream in = CertificatePage.class.getResourceAsStream("/tls/certificate.html")) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = languageOf(request);
        HttpsStatus status = https.findHttpsStatus();
        String html = template.replace("{{lang}}", locale.getLanguage())
                .replace("{{title}}", text("certificatePage.title", locale))
                .replace("{{languages}}", "<a href=\"?lang=ru\" lang=\"ru\">Русский</a><a href=\"?lang=en\" lang=\"en\">English</a>")
                .replace("{{body}}", body(status, locale, secureAddress(request, status)));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private String body(HttpsStatus status, Locale locale, String secureAddress) {
        StringBuilder html = new StringBuilder();
        if (!status.enabled()) {
            return card(paragraph(text("certificatePage.httpsOff", locale)));
        }
        if (status.ownCertificate()) {
            return card(paragraph(text("certificatePage.ownCertificate", locale))
                    + open(secureAddress, locale));
        }
        html.append(card(paragraph(text("certificatePage.why", locale))
                + "<p><a id=\"certificate-download\" class=\"button\" href=\"" + TlsWebModule.PATH + "\" download>"
                + text("certificatePage.download", locale) + "</a></p>"
                + paragraph(text("certificatePage.fingerprint", locale))
                + "<p id=\"certificate-fingerprint\" class=\"fingerprint\">" + sanitizeXmlString(status.authorityFingerprint()) + "</p>"));
        StringBuilder platforms = new StringBuilder();
        for (String platform : PLATFORMS) {
            platforms.append("<details id=\"steps-").append(platform).append("\"><summary>")
                    .append(text("certificatePage." + platform, locale)).append("</summary><ol>");
            for (int step = 1; messages.has("certificatePage." + platform + "." + step, locale); step++) {
                platforms.append("<li>").append(text("certificatePage." + platform + "." + step, locale)).append("</li>");
            }
            platforms.append("</ol></details>");
        }
        html.append(card("<h2>" + text("certificatePage.steps", locale) + "</h2>" + platforms));
        html.append(card(paragraph(text("certificatePage.after", locale)) + open(secureAddress, locale)));
        return html.toString();
    }

    private String open(String secureAddress, Locale locale) {
        return "<p><a id=\"certificate-open\" class=\"button secondary\" href=\"" + sanitizeXmlString(secureAddress) + "\">"
                + text("certificatePage.open", locale) + "</a> <code>" + sanitizeXmlString(secureAddress) + "</code></p>";
    }

    /** The HTTPS address of the name this device used (the one it will keep using). */
    static String secureAddress(HttpServletRequest request, HttpsStatus status) {
        return Origin.of("https", request.getServerName(), status.httpsPort()) + "/";
    }

    private static Locale languageOf(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (chosen == null && request.getCookies() != null) {
            chosen = Arrays.stream(request.getCookies()).filter(c -> Messages.LANGUAGE_COOKIE.equals(c.getName()))
                    .map(Cookie::getValue).findFirst().orElse(null);
        }
        return Messages.supported(Locale.forLanguageTag(chosen == null ? "ru" : chosen));
    }

    /** A translated text made safe for the page; `commands` in it are shown as code. */
    private String text(String key, Locale locale) {
        return sanitizeXmlString(messages.translate(key, locale)).replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    private static String card(String inner) {
        return "<section class=\"card\">" + inner + "</section>";
    }

    private static String paragraph(String text) {
        return "<p>" + text + "</p>";
    }
}
