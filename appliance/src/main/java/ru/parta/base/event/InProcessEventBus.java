package ru.parta.base.event;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
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

    private void deliver(Object event) {
        for (Registration<?> registration : registrations) {
            try {
                registration.offer(event);
            } catch (RuntimeException e) {
                LOG.warn("An event subscriber failed on {}", event.getClass().getSimpleName(), e);
            }
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
