package ru.parta.ui.base;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.inject.Singleton;
import ru.parta.base.web.HttpProperties;

/**
 * The address people reach Parta at, for links printed on paper: the configured public URL, or
 * else the scheme, host and port the current browser used (the administrator is on the same LAN).
 */
@Singleton
public class PublicAddress {

    private final HttpProperties http;

    PublicAddress(HttpProperties http) {
        this.http = http;
    }

    public String baseUrl() {
        if (http.getPublicUrl() != null && !http.getPublicUrl().isBlank()) {
            return http.getPublicUrl().strip();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var raw = servlet.getHttpServletRequest();
            boolean defaultPort = ("http".equals(raw.getScheme()) && raw.getServerPort() == 80)
                    || ("https".equals(raw.getScheme()) && raw.getServerPort() == 443);
            return raw.getScheme() + "://" + raw.getServerName() + (defaultPort ? "" : ":" + raw.getServerPort());
        }
        return "http://localhost:" + http.getPort();
    }
}
