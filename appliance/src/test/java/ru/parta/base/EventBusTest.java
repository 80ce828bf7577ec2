package ru.parta.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import ru.parta.base.event.EventBus;
import ru.parta.base.event.ReactionLane;
import ru.parta.base.event.Topic;
import ru.parta.base.event.Topical;

@MicronautTest(startApplication = false, transactional = false)
class EventBusTest {

    record Ping(String text) {
    }

    record ChatPing(long chatId, String text) implements Topical {
        @Override
        public Set<Topic> topics() {
            return Set.of(Topic.conversation(chatId));
        }
    }

    @Inject
    ReactionLane lane;

    @Test
    void aTopicalEventReachesOnlyTheSubscribersOfItsTopicAndClosingEndsIt() {
        List<String> seen = new CopyOnWriteArrayList<>();
        var first = bus.subscribe(ChatPing.class, Topic.conversation(1), ping -> seen.add("1:" + ping.text()));
        try (var second = bus.subscribe(ChatPing.class, Topic.conversation(2), ping -> seen.add("2:" + ping.text()))) {
            bus.publish(new ChatPing(1, "a"));
            bus.publish(new ChatPing(2, "b"));
            bus.publish(new ChatPing(3, "nobody"));
            first.close();
            bus.publish(new ChatPing(1, "closed"));
        }
        assertEquals(List.of("1:a", "2:b"), seen);
    }

    @Test
    void reactionsRunOffThePublishersThreadInTheOrderTheyWereAsked() {
        List<String> ran = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        for (int i = 0; i < 20; i++) {
            int n = i;
            lane.submit(() -> ran.add(Thread.currentThread() == caller ? "caller" : String.valueOf(n)));
        }
        lane.submit(() -> {
            throw new IllegalStateException("a failing reaction does not stop the lane");
        });
        lane.submit(() -> ran.add("after"));
        lane.awaitIdle();
        assertEquals(java.util.stream.Stream.concat(java.util.stream.IntStream.range(0, 20).mapToObj(String::valueOf),
                java.util.stream.Stream.of("after")).toList(), ran);
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
