package ru.parta.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.parta.base.event.Topic;

/** The ring of remembered frames starts small and grows: a tab resuming gets exactly what it missed. */
class TopicLineTest {

    private static final Pattern NUMBER = Pattern.compile("\"s\":(\\d+)");

    @Test
    void aTabResumingAfterTheRingGrewGetsExactlyTheFramesAfterItsNumber() {
        TopicLine line = new TopicLine(Topic.conversation(7), "e1", 512);
        for (int i = 1; i <= 300; i++) {
            line.publish("posted", "{\"n\":" + i + "}");
        }
        List<String> written = new ArrayList<>();
        line.join(new Follow(connection(written), false), "e1", 3, List::of);

        assertTrue(written.getFirst().contains("\"k\":\"followed\""), written.getFirst());
        List<Long> numbers = written.stream().skip(1).map(TopicLineTest::number).toList();
        assertEquals(297, numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(4 + i, numbers.get(i));
            assertTrue(written.get(i + 1).contains("{\"n\":" + (4 + i) + "}"), written.get(i + 1));
        }
    }

    @Test
    void aTabAwayLongerThanTheRingRemembersIsResetAndCaughtUp() {
        TopicLine line = new TopicLine(Topic.conversation(7), "e1", 16);
        for (int i = 1; i <= 40; i++) {
            line.publish("posted", "{\"n\":" + i + "}");
        }
        List<String> written = new ArrayList<>();
        line.join(new Follow(connection(written), false), "e1", 23, () -> List.of(new LiveFrame("changed", "{}")));
        assertTrue(written.getFirst().contains("\"k\":\"reset\""), "24 is no longer remembered: " + written.getFirst());
        assertEquals(2, written.size());

        written.clear();
        line.join(new Follow(connection(written), false), "e1", 24, List::of);
        assertTrue(written.getFirst().contains("\"k\":\"followed\""), written.getFirst());
        assertEquals(List.of(25L, 26L, 27L, 28L, 29L, 30L, 31L, 32L, 33L, 34L, 35L, 36L, 37L, 38L, 39L, 40L),
                written.stream().skip(1).map(TopicLineTest::number).toList());
    }

    @Test
    void theCatchUpIsReadBeforeTheTabHearsReset() {
        TopicLine line = new TopicLine(Topic.conversation(8), "e1", 16);
        List<String> written = new ArrayList<>();
        List<Integer> heardBeforeCatchUp = new ArrayList<>();
        line.join(new Follow(connection(written), false), "other", -1, () -> {
            heardBeforeCatchUp.add(written.size());  // what the tab could act on while the database is read
            return List.of(new LiveFrame("posted", "{}"));
        });
        assertEquals(List.of(0), heardBeforeCatchUp, "a tab acting on the reset must not race the catch-up");
        assertTrue(written.getFirst().contains("\"k\":\"reset\""), written.getFirst());
        assertEquals(2, written.size());
    }

    private static LiveConnection connection(List<String> written) {
        LiveSocket socket = new LiveSocket() {
            @Override
            public void send(byte[] frame, Consumer<Throwable> done) {
                written.add(new String(frame, StandardCharsets.UTF_8));
                done.accept(null);
            }

            @Override
            public void close(int code, String reason) {
            }

            @Override
            public void abort() {
            }
        };
        return new LiveConnection(1, "s", java.util.Locale.ENGLISH, socket, null, new LiveProperties());
    }

    private static long number(String frame) {
        Matcher number = NUMBER.matcher(frame);
        assertTrue(number.find(), frame);
        return Long.parseLong(number.group(1));
    }
}
