package ru.parta;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.Restarts;
import ru.parta.base.web.MaintenancePage;
import ru.parta.base.web.TlsKeys;
import ru.parta.base.web.WebServer;

/**
 * Starts the appliance: the Micronaut context, then the embedded web server it owns. When a
 * feature asks for a restart (a restore), the context is stopped, the step runs with everything
 * closed while a maintenance page holds the port, and a fresh context starts on the same port.
 */
public final class Parta {

    private static final Logger LOG = LoggerFactory.getLogger(Parta.class);

    private Parta() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, Object> overrides = Map.of();
        while (true) {
            ApplicationContext context;
            try {
                context = Micronaut.build(args)
                        .mainClass(Parta.class)
                        .banner(false)
                        .properties(overrides)
                        .start();
            } finally {
                // A start that failed before its web server must not leave the notice up for ever.
                MaintenancePage.releasePort();
            }
            Optional<Restarts.BetweenStarts> step = context.getBean(Restarts.class).awaitRestart();
            if (step.isEmpty()) {
                return;
            }
            WebServer server = context.getBean(WebServer.class);
            String host = server.getHost();
            int port = server.getPort();
            int securePort = server.getSecurePort();
            TlsKeys keys = server.tlsKeys().orElse(null);
            LOG.info("Parta stops for a restore and starts again on port {}", port);
            context.stop();
            // The page stays up until the next start's web server takes the ports back (WebServer).
            MaintenancePage.open(host, port, securePort, keys);
            try {
                step.get().run();
            } catch (RuntimeException e) {
                LOG.error("The work between stop and start failed; Parta starts on the data as it was left", e);
            }
            // The same ports again, even when the settings said "any free port" (0).
            overrides = securePort > 0 ? Map.of("parta.http.port", port, "parta.https.port", securePort)
                    : Map.of("parta.http.port", port);
        }
    }
}
