package ru.parta.ui.base;

import static org.eclipse.jetty.util.StringUtil.sanitizeXmlString;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import ru.parta.base.i18n.Messages;
import ru.parta.base.web.WebModule;
import ru.parta.school.School;
import ru.parta.school.SchoolService;

/**
 * What makes Parta an app a phone can add to its home screen: the web app manifest (named after
 * the school, opening full-screen at the home page) and the page the service worker shows when the
 * school server cannot be reached. The service worker itself and the icons are static files
 * ({@code META-INF/resources/parta-sw.js}: Vaadin's bundle has a sw.js of its own, unused; {@code icons/}).
 */
@Singleton
class InstallableApp implements WebModule {

    static final String MANIFEST = "/manifest.webmanifest";
    static final String OFFLINE = "/offline";
    static final String THEME_COLOUR = "#1f6feb";

    private final SchoolService schools;
    private final JsonMapper json;
    private final Messages messages = new Messages(List.of("i18n/ui", "i18n/core"));

    InstallableApp(SchoolService schools, JsonMapper json) {
        this.schools = schools;
        this.json = json;
    }

    @Override
    public void configure(ServletContextHandler context) {
        context.addServlet(new ServletHolder("parta-manifest", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                write(response, "application/manifest+json", json.writeValueAsBytes(manifest(languageOf(request))), "no-cache");
            }
        }), MANIFEST);
        context.addServlet(new ServletHolder("parta-offline", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                write(response, "text/html; charset=utf-8", offlinePage(languageOf(request)).getBytes(StandardCharsets.UTF_8),
                        "no-cache");
            }
        }), OFFLINE);
    }

    Map<String, Object> manifest(Locale locale) {
        String school = schools.findSchool().map(School::name).orElse(null);
        String app = messages.translate("app.name", locale);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "/");
        manifest.put("name", school == null ? app : app + " — " + school);
        manifest.put("short_name", app);
        manifest.put("description", messages.translate("app.description", locale));
        manifest.put("lang", locale.getLanguage());
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("icons", List.of(
                icon("/icons/icon-192.png", "192x192", "any"),
                icon("/icons/icon-512.png", "512x512", "any"),
                icon("/icons/maskable-512.png", "512x512", "maskable")));
        return manifest;
    }

    private static Map<String, String> icon(String source, String sizes, String purpose) {
        return Map.of("src", source, "sizes", sizes, "type", "image/png", "purpose", purpose);
    }

    String offlinePage(Locale locale) {
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"theme-color\" content=\"" + THEME_COLOUR + "\"><title>" + sanitizeXmlString(messages.translate("app.name", locale))
                + "</title><style>body{font-family:system-ui,sans-serif;margin:0;display:flex;min-height:100vh;"
                + "align-items:center;justify-content:center;background:#f4f6fa;color:#1b2333}main{max-width:26rem;"
                + "padding:1.5rem;text-align:center}img{width:72px;height:72px}button{font:inherit;background:"
                + THEME_COLOUR + ";color:#fff;border:0;border-radius:8px;padding:.7rem 1.4rem}</style></head><body><main>"
                + "<img src=\"/icons/icon-192.png\" alt=\"\"><h1>" + sanitizeXmlString(messages.translate("offline.title", locale))
                + "</h1><p>" + sanitizeXmlString(messages.translate("offline.text", locale)) + "</p><button id=\"offline-retry\" "
                + "onclick=\"location.reload()\">" + sanitizeXmlString(messages.translate("offline.retry", locale)) + "</button>"
                // Back by itself as soon as the school server answers again.
                + "<script>setInterval(function(){fetch('/api/health',{cache:'no-store'}).then(function(r){"
                + "if(r.ok){location.reload();}}).catch(function(){});},5000);</script></main></body></html>";
    }

    private static Locale languageOf(HttpServletRequest request) {
        String chosen = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> Messages.LANGUAGE_COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        return Messages.supported(Locale.forLanguageTag(chosen == null ? "ru" : chosen));
    }

    private static void write(HttpServletResponse response, String type, byte[] body, String cache) throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", cache);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
