package ru.parta.ui.bridge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The real web server with Vaadin on 127.0.0.1: push connections must get the small Atmosphere
 * buffers. Fails if a Vaadin upgrade keeps its Atmosphere where {@link PushBuffers} cannot find it.
 */
@MicronautTest(transactional = false)
class PushBuffersTest {

    @Inject
    EmbeddedServer server;

    @Test
    void vaadinsAtmosphereGivesPushConnectionsSmallBuffers() {
        assertTrue(server.isRunning());
        assertTrue(PushBuffers.lowered(), "the buffer size was lowered on Vaadin's Atmosphere");
    }
}
