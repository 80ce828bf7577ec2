package ru.parta.base.event;

import java.util.function.Consumer;

/**
 * Carries typed events from the service that changed state to whoever shows or reacts to it.
 * Events published inside a transaction are delivered only after it commits, and never when it
 * rolls back. An interface so a larger deployment could carry events over another engine.
 */
public interface EventBus {

    void publish(Object event);

    /** Delivers every later event assignable to {@code type} until the subscription is closed. */
    <T> Subscription subscribe(Class<T> type, Consumer<? super T> subscriber);

    /**
     * Delivers later events of {@code type} that name {@code topic} among their {@link Topical#topics()};
     * a publish costs nothing for the subscribers of other topics.
     */
    <T extends Topical> Subscription subscribe(Class<T> type, Topic topic, Consumer<? super T> subscriber);

    /** Ends one subscription; closing twice is harmless. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
