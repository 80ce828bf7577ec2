package ru.parta.base.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
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
    private Server server;
    private ServerConnector connector;

    /** The data source is asked for so that Flyway has migrated before the first request. */
    public WebServer(ApplicationContext applicationContext, ApplicationConfiguration applicationConfiguration,
                     HttpProperties properties, List<WebModule> modules, DataSource migratedDataSource) {
        this.applicationContext = applicationContext;
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
        org.eclipse.jetty.server.HttpConfiguration httpConfig = new org.eclipse.jetty.server.HttpConfiguration();
        httpConfig.setHeaderCacheSize(0);
        // Say nothing about the server software: no "Server: Jetty(…)" and no "X-Powered-By".
        httpConfig.setSendServerVersion(false);
        httpConfig.setSendXPoweredBy(false);
        ServerConnector http = new ServerConnector(jetty, new org.eclipse.jetty.server.HttpConnectionFactory(httpConfig));
        http.setHost(properties.getHost());
        http.setPort(properties.getPort());
        jetty.addConnector(http);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // Without an explicit class loader Jetty's context has none, and Vaadin cannot start.
        context.setClassLoader(WebServer.class.getClassLoader());
        context.setBaseResource(classpathWebResources(context));
        context.getSessionHandler().setHttpOnly(true);
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
        LOG.info("Parta is serving on http://{}:{}/ (web server up in {} ms)",
                properties.getHost(), getPort(), (System.nanoTime() - started) / 1_000_000);
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
        }
        return this;
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
