package ru.parta.chat;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers held messages when quiet hours end. It looks every few seconds rather than setting a
 * timer, so a restart during the night, or a changed quiet-hours setting, needs no bookkeeping.
 */
@Singleton
class HeldDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(HeldDelivery.class);

    private final HeldMessages held;

    HeldDelivery(HeldMessages held) {
        this.held = held;
    }

    @Scheduled(fixedDelay = "${parta.chat.held-check:5s}", initialDelay = "5s")
    void deliverDue() {
        int delivered = held.releaseHeldMessages();
        if (delivered > 0) {
            LOG.info("Quiet hours over: {} held messages delivered", delivered);
        }
    }
}
