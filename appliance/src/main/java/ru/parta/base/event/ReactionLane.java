package ru.parta.base.event;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for domain reactions to events (re-syncing class chats after a roster
 * change): the publisher's request returns without waiting for them, and they run one at a time
 * in the order they were asked for. Subscribers hear events after commit, so what a reaction reads
 * is already committed.
 */
@Singleton
public class ReactionLane {

    private static final Logger LOG = LoggerFactory.getLogger(ReactionLane.class);

    private final ExecutorService lane = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("parta-reactions").daemon(true).factory());

    public void submit(Runnable reaction) {
        lane.execute(() -> {
            try {
                reaction.run();
            } catch (RuntimeException e) {
                LOG.warn("A reaction to an event failed", e);
            }
        });
    }

    /**
     * Waits until every reaction asked for so far has run: for tests that read what a reaction
     * wrote, and for a command that must see the school settled (a backup, later).
     */
    public void awaitIdle() {
        Future<?> marker = lane.submit(() -> { });
        try {
            marker.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Reactions did not settle", e);
        }
    }

    @PreDestroy
    void stop() {
        lane.shutdown();
    }
}
