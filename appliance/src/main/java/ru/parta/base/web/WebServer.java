package ru.parta.base.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty 12, embedded by hand as Micronaut's embedded server: Micronaut owns its lifecycle (start
 * after the database is migrated, graceful stop before the database closes). One servlet context
 * on one port; the {@link WebModule}s fill it.
 */
@Singleton
public class WebServer implements EmbeddedServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final ApplicationContext applicationContext;
    private final ApplicationConfiguration applicationConfiguration;
    private final HttpProperties properties;
    private final List<WebModule> modules;
    private final List<TlsKeys> tls;
    private Server server;
    private ServerConnector connector;
    private ServerConnector secureConnector;
    private SslContextFactory.Server ssl;

    /** The data source is asked for so that Flyway has migrated before the first request. */
    public WebServer(ApplicationContext applicationContext, ApplicationConfiguration applicationConfiguration,
                     HttpProperties properties, List<WebModule> modules, List<TlsKeys> tls,
                     DataSource migratedDataSource) {
        this.applicationContext = applicationContext;
        this.tls = List.copyOf(tls);
        this.applicationConfiguration = applicationConfiguration;
        this.properties = properties;
        this.modules = new ArrayList<>(modules);
        this.modules.sort(OrderUtil.COMPARATOR);
    }

    /**
     * Micronaut's start would otherwise park the main thread until the context stops; Parta.main
     * keeps the process alive itself, waiting for either the stop or a restart (a restore).
     */
    @Override
    public boolean isKeepAlive() {
        return false;
    }

    @Override
    public synchronized EmbeddedServer start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("parta-http");
        Server jetty = new Server(threads);
        // No per-connection cache of header fields: Jetty keeps one (about 26 KB of tables) for every
        // connection, and each open screen holds a push connection; measured in docs/performance.md.
        HttpConfiguration httpConfig = new HttpConfiguration();
        httpConfig.setHeaderCacheSize(0);
        // Say nothing about the server software: no "Server: Jetty(…)" and no "X-Powered-By".
        httpConfig.setSendServerVersion(false);
        httpConfig.setSendXPoweredBy(false);
        ServerConnector http = new ServerConnector(jetty, new HttpConnectionFactory(httpConfig));
        http.setHost(properties.getHost());
        http.setPort(properties.getPort());
        jetty.addConnector(http);
        ServerConnector https = tls.isEmpty() ? null : secureConnector(jetty, httpConfig, tls.getFirst());

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // Without an explicit class loader Jetty's context has none, and Vaadin cannot start.
        context.setClassLoader(WebServer.class.getClassLoader());
        context.setBaseResource(classpathWebResources(context));
        context.getSessionHandler().setHttpOnly(true);
        // The session cookie of a request that came over HTTPS is marked Secure: it never crosses
        // the school's Wi-Fi in clear text afterwards (plain HTTP only redirects, see tls).
        context.getSessionHandler().setSecureRequestOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setMaxInactiveInterval((int) properties.getSessionTimeout().toSeconds());
        context.addFilter(new org.eclipse.jetty.ee11.servlet.FilterHolder(new SecurityHeaders()), "/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        ErrorPage errorPage = new ErrorPage(ru.parta.base.i18n.Messages.core());
        context.setErrorHandler(errorPage);
        jetty.setErrorHandler(errorPage);
        try {
            for (WebModule module : modules) {
                module.configure(context);
            }
            jetty.setHandler(new GracefulHandler(context));
            jetty.setStopTimeout(properties.getShutdownTimeout().toMillis());
            jetty.setStopAtShutdown(false);
            MaintenancePage.releasePort();
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw new IllegalStateException("The web server could not start on port " + properties.getPort(), e);
        }
        this.server = jetty;
        this.connector = http;
        this.secureConnector = https;
        LOG.info("Parta is serving on http://{}:{}/{} (web server up in {} ms)", properties.getHost(), getPort(),
                https == null ? "" : " and https://" + properties.getHost() + ":" + https.getLocalPort() + "/",
                (System.nanoTime() - started) / 1_000_000);
        // What listens for the server being up (the LAN announcement) learns the ports actually bound.
        applicationContext.getEventPublisher(ServerStartupEvent.class).publishEvent(new ServerStartupEvent(this));
        return this;
    }

    @Override
    public synchronized EmbeddedServer stop() {
        if (server != null) {
            LOG.info("Stopping the web server: open screens are closed, requests in flight may finish");
            for (WebModule module : modules) {
                try {
                    module.stopping();
                } catch (RuntimeException e) {
                    LOG.info("A part of the web server did not close its connections before stopping: {}", e.toString());
                }
            }
            stopQuietly(server);
            server = null;
            connector = null;
            secureConnector = null;
            ssl = null;
        }
        return this;
    }

    /**
     * Serves the HTTPS port with the certificate the keys hold now (a renewed one) without a
     * restart: connections already open keep theirs, new handshakes get the new one.
     */
    public synchronized void reloadCertificate() {
        if (ssl == null || tls.isEmpty()) {
            return;
        }
        TlsKeys keys = tls.getFirst();
        try {
            ssl.reload(factory -> {
                factory.setKeyStore(keys.keyStore());
                factory.setKeyStorePassword(new String(keys.password()));
            });
            LOG.info("The HTTPS port now serves the renewed certificate");
        } catch (Exception e) {
            throw new IllegalStateException("The renewed HTTPS certificate could not be loaded", e);
        }
    }

    /** HTTPS beside plain HTTP on the same context, the request marked secure so cookies and links know it. */
    private ServerConnector secureConnector(Server jetty, HttpConfiguration plain, TlsKeys keys) {
        ssl = sslContextFactory(keys);
        HttpConfiguration secure = new HttpConfiguration(plain);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        ServerConnector https = new ServerConnector(jetty, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(secure));
        https.setHost(properties.getHost());
        https.setPort(keys.port());
        jetty.addConnector(https);
        return https;
    }

    /**
     * The TLS side of an HTTPS port: TLS 1.2 and 1.3 only, AEAD suites only; no SNI match required,
     * as phones reach the box by its address as often as by a name.
     */
    static SslContextFactory.Server sslContextFactory(TlsKeys keys) {
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setKeyStore(keys.keyStore());
        factory.setKeyStorePassword(new String(keys.password()));
        factory.setCertAlias(TlsKeys.ALIAS);
        factory.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        // Jetty's defaults still allow the two CBC suites with SHA-256/384 in TLS 1.2 (testssl.sh: LUCKY13).
        // Every browser since 2014 has an AEAD suite (GCM or ChaCha20), so nobody is left out without them.
        factory.addExcludeCipherSuites(".*_CBC_.*");
        factory.setSniRequired(false);
        return factory;
    }

    /** The keys the HTTPS port serves with, when it is on (the maintenance page keeps serving them). */
    public Optional<TlsKeys> tlsKeys() {
        return tls.stream().findFirst();
    }

    /** The HTTPS port actually bound (0 when HTTPS is off). */
    public synchronized int getSecurePort() {
        return secureConnector == null ? 0 : secureConnector.getLocalPort();
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    @Override
    public synchronized int getPort() {
        return connector == null ? properties.getPort() : connector.getLocalPort();
    }

    @Override
    public String getHost() {
        return properties.getHost();
    }

    @Override
    public String getScheme() {
        return "http";
    }

    @Override
    public URL getURL() {
        try {
            return getURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public URI getURI() {
        String host = "0.0.0.0".equals(getHost()) ? "127.0.0.1" : getHost();
        return URI.create(getScheme() + "://" + host + ":" + getPort() + "/");
    }

    @Override
    public ApplicationContext getApplicationContext() {
        return applicationContext;
    }

    @Override
    public ApplicationConfiguration getApplicationConfiguration() {
        return applicationConfiguration;
    }

    /**
     * Jetty does not serve the {@code META-INF/resources} folders of jars by itself; libraries
     * (Vaadin's push script among them) rely on them, so the context's base combines them all.
     */
    private static Resource classpathWebResources(ServletContextHandler context) {
        return ResourceFactory.of(context).newClassLoaderResource("META-INF/resources/", false);
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("The web server did not stop cleanly", e);
        }
    }
}
