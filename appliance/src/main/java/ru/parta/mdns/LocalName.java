package ru.parta.mdns;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.parta.base.web.WebServer;

/**
 * Answers "where is parta.local?" on every LAN the box is on (one responder per IPv4 address of an
 * interface that carries multicast), and announces the web service so that app browsers list it.
 * Started after the web server, in the background: probing for the name takes seconds, and the
 * school must not wait for it. A name already taken on the LAN gets a number (parta-2.local), logged.
 */
@Singleton
@Requires(property = "parta.mdns.enabled", value = "true", defaultValue = "true")
class LocalName implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(LocalName.class);

    private final MdnsProperties properties;
    private final List<JmDNS> responders = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean closed;

    LocalName(MdnsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!(event.getSource() instanceof WebServer server) || !started.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("parta-mdns").start(() -> announce(server.getPort(), server.getSecurePort()));
    }

    private void announce(int httpPort, int httpsPort) {
        String name = properties.label();
        for (InetAddress address : lanAddresses()) {
            if (closed) {
                return;
            }
            try {
                JmDNS responder = JmDNS.create(address, name);
                responders.add(responder);
                if (closed) {
                    // Parta stopped while this one probed for the name (seconds): close() may have missed it.
                    close();
                    return;
                }
                Map<String, String> path = Map.of("path", "/");
                if (httpsPort > 0) {
                    responder.registerService(ServiceInfo.create("_https._tcp.local.", "Парта", httpsPort, 0, 0, path));
                }
                responder.registerService(ServiceInfo.create("_http._tcp.local.", "Парта", httpPort, 0, 0, path));
                LOG.info("Announced on the LAN as {} at {}", responder.getHostName(), address.getHostAddress());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not announce {}.local at {}: {}", name, address.getHostAddress(), e.toString());
            }
        }
    }

    /** IPv4 addresses of the interfaces that are up and carry multicast (the loopback only when it does). */
    static List<InetAddress> lanAddresses() {
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || !network.supportsMulticast() || network.isPointToPoint() || network.isVirtual()) {
                    continue;
                }
                network.inetAddresses().filter(Inet4Address.class::isInstance).forEach(found::add);
            }
        } catch (SocketException e) {
            LOG.warn("Could not list the network interfaces for mDNS: {}", e.toString());
        }
        return found;
    }

    @PreDestroy
    void close() {
        closed = true;
        for (JmDNS responder : responders) {
            try {
                // Says goodbye on the LAN, so devices forget the name at once rather than after its time to live.
                responder.unregisterAllServices();
                responder.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("mDNS responder did not close cleanly: {}", e.toString());
            }
        }
        responders.clear();
    }
}
