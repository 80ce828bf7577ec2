package ru.parta.ui.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser half of the live path (live.js): one WebSocket per tab, topics followed by number,
 * resumed after a reconnect. A screen runs it before its own script; running it twice is harmless.
 */
public final class LiveScript {

    public static final String SOURCE = read();

    private LiveScript() {
    }

    private static String read() {
        try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
