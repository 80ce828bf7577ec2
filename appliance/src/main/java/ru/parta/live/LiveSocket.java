package ru.parta.live;

import java.util.function.Consumer;

/** The one WebSocket of a browser tab, as the hub writes to it: never blocking. */
interface LiveSocket {

    /** Starts writing one text frame of UTF-8 JSON; {@code done} runs with null when written, or with the failure. */
    void send(byte[] frame, Consumer<Throwable> done);

    /** Closes politely with a code the browser acts on (see {@link LiveConnection}). */
    void close(int code, String reason);

    /** Drops the connection at once: for a peer that does not read, which a polite close would wait for. */
    void abort();
}
