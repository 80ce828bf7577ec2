package ru.parta.chat;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

/**
 * Writes the read pointers that open screens noted ({@link ReadPointers#markReadSoon}) every few
 * seconds, and once more when Parta stops, so a clean stop loses none.
 */
@Singleton
class ReadPointerFlush {

    private final ReadPointers pointers;

    ReadPointerFlush(ReadPointers pointers) {
        this.pointers = pointers;
    }

    // The first run waits a whole period too: tests that set a long period flush by themselves.
    // Every 3 s: in a busy big chat every open tab's pointer moves with each message, and writing a
    // thousand rows is the largest part of a delivery's cost (docs/performance.md); "read by" and
    // unread counts elsewhere may lag that much, a message never does.
    @Scheduled(fixedDelay = "${parta.chat.read-flush:3s}", initialDelay = "${parta.chat.read-flush:3s}")
    void flush() {
        pointers.flushReadPointers();
    }

    @PreDestroy
    void flushOnStop() {
        try {
            pointers.flushReadPointers();
        } catch (RuntimeException e) {
            // Pointers are a convenience (unread counts); never let them stop a shutdown.
            LoggerFactory.getLogger(ReadPointerFlush.class).warn("Read pointers not written on stop", e);
        }
    }
}
