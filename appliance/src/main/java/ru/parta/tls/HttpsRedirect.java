package ru.parta.tls;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.function.IntSupplier;
import ru.parta.base.web.Origin;

/**
 * Plain HTTP only leads to HTTPS: every request over it is sent to the same address on the HTTPS
 * port, but for what a device needs before it trusts that port (the root certificate and its
 * instructions) and the health check that scripts ask on the loopback. Answers over HTTPS carry
 * HSTS once the administrator confirmed the school's devices trust the certificate.
 */
final class HttpsRedirect implements Filter {

    static final Set<String> PLAIN_PATHS = Set.of(TlsWebModule.PATH, CertificatePage.PATH, "/api/health");
    static final String HSTS = "max-age=31536000";

    private final IntSupplier securePort;
    private final HttpsService https;
    private final boolean redirect;

    HttpsRedirect(IntSupplier securePort, HttpsService https, boolean redirect) {
        this.securePort = securePort;
        this.https = https;
        this.redirect = redirect;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (servletRequest instanceof HttpServletRequest request && servletResponse instanceof HttpServletResponse response) {
            if (request.isSecure()) {
                if (https.isHstsOn()) {
                    response.setHeader("Strict-Transport-Security", HSTS);
                }
            } else if (redirect && securePort.getAsInt() > 0 && !PLAIN_PATHS.contains(request.getRequestURI())) {
                // 301 for reading, 308 for anything else: a form posted over HTTP is posted again over HTTPS.
                boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
                response.setStatus(reading ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
                response.setHeader("Location", target(request, securePort.getAsInt()));
                response.setHeader("Cache-Control", "no-store");
                return;
            }
        }
        chain.doFilter(servletRequest, servletResponse);
    }

    static String target(HttpServletRequest request, int port) {
        String query = request.getQueryString();
        return Origin.of("https", request.getServerName(), port) + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
