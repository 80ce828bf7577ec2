package ru.parta.base.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Locale;
import org.eclipse.jetty.ee11.servlet.ErrorHandler;
import org.eclipse.jetty.server.Request;
import ru.parta.base.i18n.Messages;

/**
 * Errors outside the Vaadin screens (a missing file, an unknown API path, a malformed request):
 * a plain Parta page in the language the screens use, with no server name, version, stack or link
 * elsewhere (Jetty's own page names itself and links to its web site).
 */
final class ErrorPage extends ErrorHandler {

    private final Messages messages;

    ErrorPage(Messages messages) {
        this.messages = messages;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message,
                                  Throwable cause) throws IOException {
        Locale locale = Messages.supported(Locale.forLanguageTag(languageOf(request)));
        String title = messages.translate("error.page.title", locale);
        String text = messages.translate(code == 404 ? "error.page.notFound" : "error.page.other", locale, code);
        writer.write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\""
                + charset.name() + "\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title + " — " + code) + "</title></head><body style=\"font-family: sans-serif; "
                + "margin: 2rem;\"><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p><p><a href=\"/\">"
                + escape(messages.translate("error.page.home", locale)) + "</a></p></body></html>\n");
    }

    /** As the screens: Russian unless this browser chose English (the language cookie). */
    private static String languageOf(Request request) {
        return Request.getCookies(request).stream().filter(c -> Messages.LANGUAGE_COOKIE.equals(c.getName()))
                .map(org.eclipse.jetty.http.HttpCookie::getValue).findFirst().orElse("ru");
    }

    /** Entities for markup and for every non-ASCII letter: Jetty picks the page's charset (often Latin-1). */
    private static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> {
                    if (c < 128) {
                        html.append((char) c);
                    } else {
                        html.append("&#").append(c).append(';');
                    }
                }
            }
        });
        return html.toString();
    }
}
