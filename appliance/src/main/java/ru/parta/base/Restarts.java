package ru.parta.base;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Lets a feature ask for Parta to stop, do something with everything closed (the database, the
 * file store, the web server), and start again in the same process: a restore cannot replace the
 * database under an open connection pool, nor may anyone write while it does. {@code Parta.main}
 * waits here; a normal stop releases it with nothing to do.
 */
@Singleton
public class Restarts {

    /** Work done while Parta is stopped; it must leave the data directory whole, whatever happens. */
    public interface BetweenStarts {
        void run();
    }

    private final CompletableFuture<Optional<BetweenStarts>> next = new CompletableFuture<>();

    /** Asks for the restart; the first request wins, later ones are refused. */
    public void restartWith(BetweenStarts step) {
        if (!next.complete(Optional.of(step))) {
            throw PartaException.conflict("restart.pending");
        }
    }

    public boolean isPending() {
        return next.isDone() && next.getNow(Optional.empty()).isPresent();
    }

    /** Blocks until a restart is asked for (its step) or Parta stops (empty). */
    public Optional<BetweenStarts> awaitRestart() throws InterruptedException {
        try {
            return next.get();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    @PreDestroy
    void stopping() {
        next.complete(Optional.empty());
    }
}
