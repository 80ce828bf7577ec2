package ru.parta.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import ru.parta.base.i18n.Messages;

/**
 * The UI's language: Russian unless the person chose English. The choice lives in a cookie, so
 * it holds on the sign-in page, across sign-in and on the next visit from the same browser.
 */
@Singleton
public class Languages implements VaadinServiceInitListener {

    static final String COOKIE = Messages.LANGUAGE_COOKIE;
    /** The choice made in this browser session; it wins over the cookie, which may not have arrived yet. */
    private static final String CHOSEN = Languages.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Object chosen = init.getUI().getSession().getAttribute(CHOSEN);
            apply(init.getUI(), chosen instanceof Locale locale ? locale : fromRequest(VaadinRequest.getCurrent()));
        });
    }

    /** Switches the current browser to {@code locale} and reloads so every text follows. */
    public static void choose(Locale locale) {
        Locale chosen = Messages.supported(locale);
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(CHOSEN, chosen);
        apply(ui, chosen);
        ui.getPage().reload();
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Messages.RUSSIAN;
        }
        Optional<String> chosen = Stream.of(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
        return chosen.map(Locale::forLanguageTag).map(Messages::supported).orElse(Messages.RUSSIAN);
    }

    private static void apply(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
