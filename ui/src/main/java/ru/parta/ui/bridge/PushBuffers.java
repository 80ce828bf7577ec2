package ru.parta.ui.bridge;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.PushRequestHandler;
import java.lang.reflect.Field;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vaadin configures Atmosphere so that every push connection allocates a 16 KB byte buffer and a
 * 16,384-character buffer (48 KB) that Atmosphere's WebSocket never writes through: it only clears
 * them when the connection closes. With a thousand screens open that is 48 MB of heap doing
 * nothing, a fifth of what a chat screen costs (docs/performance.md). Vaadin sets the size as a
 * programmatic Atmosphere parameter, which wins over servlet parameters, so it is lowered on the
 * framework Vaadin made, before any connection opens. Atmosphere reads it for each new connection.
 * If a later Vaadin keeps the framework elsewhere, this logs a warning and changes nothing.
 */
final class PushBuffers {

    /** Small but non-zero: the buffers exist, they are just never filled. */
    static final int BUFFER_SIZE = 256;
    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);
    private static volatile boolean lowered;

    private PushBuffers() {
    }

    /** Returns whether the buffer size was lowered. */
    static boolean shrink(VaadinService service) {
        for (RequestHandler handler : service.getRequestHandlers()) {
            if (handler instanceof PushRequestHandler push) {
                AtmosphereFramework atmosphere = framework(push);
                if (atmosphere != null) {
                    atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(BUFFER_SIZE));
                    lowered = true;
                    return true;
                }
            }
        }
        LOG.warn("Push connections keep Atmosphere's default 48 KB buffers: Vaadin's Atmosphere was not found");
        return false;
    }

    /** Whether a Vaadin service of this process has had its push buffers lowered (for tests). */
    static boolean lowered() {
        return lowered;
    }

    private static AtmosphereFramework framework(PushRequestHandler push) {
        try {
            Field field = PushRequestHandler.class.getDeclaredField("atmosphere");
            field.setAccessible(true);
            return field.get(push) instanceof AtmosphereFramework framework ? framework : null;
        } catch (ReflectiveOperationException | RuntimeException changed) {
            return null;
        }
    }
}
