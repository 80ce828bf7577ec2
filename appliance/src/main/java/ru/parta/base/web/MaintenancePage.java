package ru.parta.base.web;

import static org.eclipse.jetty.util.StringUtil.sanitizeXmlString;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.i18n.Messages;

/**
 * While Parta is stopped for a restore, its port answers every request with a short page (in
 * Russian and English) saying what is happening and reloading itself, and 503 for programs, so
 * nobody meets a dead address. A bare Jetty, no application context: it runs exactly when there is none.
 */
public final class MaintenancePage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MaintenancePage.class);

    /** The page holding the port now, if any; the next web server takes the port over from it. */
    private static final java.util.concurrent.atomic.AtomicReference<MaintenancePage> HOLDING =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final Server server;

    private MaintenancePage(Server server) {
        this.server = server;
    }

    /**
     * Closes the page holding the port, if one is: called by the web server just before it binds,
     * so the notice stays up while the new start's database and services come up, not only while
     * the data is swapped.
     */
    public static void releasePort() {
        MaintenancePage holding = HOLDING.getAndSet(null);
        if (holding != null) {
            holding.close();
        }
    }

    /** Opens the page on the address Parta served on; when the port cannot be had, runs without it. */
    public static MaintenancePage open(String host, int port) {
        return open(host, port, 0, null);
    }

    /**
     * Also on the HTTPS port with the same certificate, when Parta served one: that is where
     * everyone's screens are (plain HTTP only redirects there).
     */
    public static MaintenancePage open(String host, int port, int securePort, TlsKeys keys) {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        if (securePort > 0 && keys != null) {
            ServerConnector secure = new ServerConnector(jetty, WebServer.sslContextFactory(keys));
            secure.setHost(host);
            secure.setPort(securePort);
            jetty.addConnector(secure);
        }
        byte[] page = page().getBytes(StandardCharsets.UTF_8);
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(503);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                response.write(true, java.nio.ByteBuffer.wrap(page), callback);
                return true;
            }
        });
        try {
            jetty.start();
        } catch (Exception e) {
            LOG.warn("The maintenance page could not open on port {}: {}", port, e.toString());
        }
        MaintenancePage opened = new MaintenancePage(jetty);
        HOLDING.set(opened);
        return opened;
    }

    static String page() {
        String ru = Messages.core().translate("maintenance.restoring", Messages.RUSSIAN);
        String en = Messages.core().translate("maintenance.restoring", Messages.ENGLISH);
        return "<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"refresh\" content=\"5\"><title>Парта</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:40rem;line-height:1.5}"
                + "p{font-size:1.2rem}</style></head><body><h1>Парта</h1><p>" + sanitizeXmlString(ru) + "</p><p lang=\"en\">"
                + sanitizeXmlString(en) + "</p></body></html>";
    }

    @Override
    public void close() {
        HOLDING.compareAndSet(this, null);
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The maintenance page did not stop cleanly", e);
        }
    }
}
