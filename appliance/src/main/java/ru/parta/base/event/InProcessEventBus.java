package ru.parta.base.event;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process bus. Delivery is synchronous on the publishing thread after commit; subscribers
 * that touch a UI hand over to it (Vaadin's {@code UI.access}) and return at once, and a failing
 * subscriber is logged without disturbing the others or the publisher.
 */
@Singleton
public class InProcessEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);

    private final CopyOnWriteArrayList<Registration<?>> registrations = new CopyOnWriteArrayList<>();
    /** Topic subscriptions, looked up by the event's topics rather than looped over. */
    private final ConcurrentHashMap<Topic, CopyOnWriteArrayList<Registration<?>>> byTopic = new ConcurrentHashMap<>();
    private final TransactionOperations<Connection> transactions;

    public InProcessEventBus(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void publish(Object event) {
        var status = transactions.findTransactionStatus();
        if (status.isPresent() && !status.get().isCompleted()) {
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    @Override
    public <T> Subscription subscribe(Class<T> type, Consumer<? super T> subscriber) {
        Registration<T> registration = new Registration<>(type, subscriber);
        registrations.add(registration);
        return () -> registrations.remove(registration);
    }

    @Override
    public <T extends Topical> Subscription subscribe(Class<T> type, Topic topic, Consumer<? super T> subscriber) {
        Registration<T> registration = new Registration<>(type, subscriber);
        byTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(registration);
        return () -> byTopic.computeIfPresent(topic, (t, list) -> {
            list.remove(registration);
            return list.isEmpty() ? null : list;
        });
    }

    private void deliver(Object event) {
        registrations.forEach(registration -> offer(registration, event));
        if (event instanceof Topical topical) {
            for (Topic topic : topical.topics()) {
                List<Registration<?>> followers = byTopic.get(topic);
                if (followers != null) {
                    followers.forEach(registration -> offer(registration, event));
                }
            }
        }
    }

    private static void offer(Registration<?> registration, Object event) {
        try {
            registration.offer(event);
        } catch (RuntimeException e) {
            LOG.warn("An event subscriber failed on {}", event.getClass().getSimpleName(), e);
        }
    }

    private record Registration<T>(Class<T> type, Consumer<? super T> subscriber) {
        void offer(Object event) {
            if (type.isInstance(event)) {
                subscriber.accept(type.cast(event));
            }
        }
    }
}
