package ru.parta.tls;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import ru.parta.base.i18n.Messages;
import ru.parta.base.web.WebModule;
import ru.parta.base.web.WebServer;

/**
 * HTTPS in the web context: plain HTTP redirected (HSTS once confirmed), {@code /parta-ca.crt}
 * with the school's root certificate for devices to install and {@code /certificate} saying how,
 * both over plain HTTP too (a phone must fetch them before it can trust the HTTPS port). The root
 * is public by nature: it proves nothing to whoever holds it, it only lets a device check the server.
 */
@Singleton
class TlsWebModule implements WebModule {

    static final String PATH = "/parta-ca.crt";

    private final HttpsService https;
    private final TlsProperties properties;
    private final BeanProvider<WebServer> webServer;

    TlsWebModule(HttpsService https, TlsProperties properties, BeanProvider<WebServer> webServer) {
        this.https = https;
        this.properties = properties;
        this.webServer = webServer;
    }

    @Override
    public void configure(ServletContextHandler context) {
        if (!properties.isEnabled()) {
            return;
        }
        context.addFilter(new FilterHolder(new HttpsRedirect(() -> webServer.get().getSecurePort(), https,
                properties.isRedirect())), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("parta-certificate", new CertificatePage(https, Messages.core())),
                CertificatePage.PATH);
        context.addServlet(new ServletHolder("parta-ca", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Optional<String> root = https.findAuthorityCertificatePem();
                if (root.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                byte[] pem = root.get().getBytes(StandardCharsets.US_ASCII);
                // The type phones and desktops offer to install as a certificate authority.
                response.setContentType("application/x-x509-ca-cert");
                response.setHeader("Content-Disposition", "attachment; filename=\"parta-ca.crt\"");
                response.setContentLength(pem.length);
                response.getOutputStream().write(pem);
            }
        }), PATH);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
