package ru.parta.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import ru.parta.base.event.EventBus;

@MicronautTest(startApplication = false, transactional = false)
class EventBusTest {

    record Ping(String text) {
    }

    @Inject
    EventBus bus;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void eventsInsideATransactionArriveOnlyAfterCommit() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (var subscription = bus.subscribe(Ping.class, ping -> seen.add(ping.text()))) {
            transactions.executeWrite(status -> {
                bus.publish(new Ping("committed"));
                assertTrue(seen.isEmpty(), "delivered before commit");
                return null;
            });
            assertEquals(List.of("committed"), seen);
        }
    }

    @Test
    void eventsOfARolledBackTransactionNeverArrive() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (var subscription = bus.subscribe(Ping.class, ping -> seen.add(ping.text()))) {
            assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
                bus.publish(new Ping("rolled back"));
                throw new IllegalStateException("boom");
            }));
            assertTrue(seen.isEmpty());
        }
    }

    @Test
    void aFailingSubscriberDoesNotStopOthersAndClosedSubscriptionsHearNothing() {
        List<String> seen = new CopyOnWriteArrayList<>();
        var failing = bus.subscribe(Ping.class, ping -> {
            throw new IllegalStateException("subscriber bug");
        });
        var listening = bus.subscribe(Object.class, event -> seen.add(event.toString()));
        bus.publish(new Ping("outside a transaction"));
        listening.close();
        failing.close();
        bus.publish(new Ping("after close"));
        assertEquals(1, seen.size());
    }
}
